/**
 * Preloaded into a child ingest (`node --import`) to kill it the way SIGKILL or a power cut
 * would, at a chosen write, without any hook in the runner itself. KILL_ON_WRITE is a piece
 * of the written file's path (`.mdx`) and KILL_AT which such write: `N` kills before the Nth
 * one starts, `N-half` writes half of its text first.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const piece = process.env.KILL_ON_WRITE ?? '.mdx';
const [at, half] = (process.env.KILL_AT ?? '1').split('-');
let count = 0;
const original = fs.writeFileSync;

fs.writeFileSync = ((path, data, ...rest) => {
  if (String(path).includes(piece) && ++count === Number(at)) {
    if (half) original(path, typeof data === 'string' ? data.slice(0, data.length / 2) : data);
    process.kill(process.pid, 'SIGKILL');
  }
  return original(path, data, ...rest);
}) as typeof fs.writeFileSync;
// The runner imports named bindings of node:fs: they follow the patched object only after this.
syncBuiltinESMExports();
