/**
 * Runs a command and measures its wall time and the peak memory of its whole process tree,
 * sampled from /proc every 100 ms. GNU time's %M is not enough here: it reports one process's
 * peak, and misses a child the parent never waits for — Pagefind's Node API runs its indexer
 * as such a child, and that child is where most of the search step's memory is.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak of the summed resident memory of the command and all its descendants, MB. */
  peakMb: number;
  /** Everything the command printed (stdout), when asked for with `keepOutput`. */
  output?: string;
}

/** pid → [parent pid, resident kB] for every process now running. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), [ppid, rss]);
    } catch {
      // the process ended while being read
    }
  }
  return table;
}

/** Resident kB of `root` and every descendant. */
function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.[1] ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `cmd` in `cwd`; rejects with the output's tail when it fails. */
export function measure(
  cmd: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  { keepOutput = false } = {},
): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const kept: string[] = [];
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    if (keepOutput) child.stdout.on('data', (chunk: Buffer) => kept.push(chunk.toString()));
    child.stderr.on('data', keep);
    let peakKb = 0;
    const timer = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) done({ seconds, peakMb: peakKb / 1024, ...(keepOutput ? { output: kept.join('') } : {}) });
      else fail(new Error(`${cmd.join(' ')} failed in ${cwd} (exit ${code}):\n${output}`));
    });
  });
}
