/**
 * `npm run bench:list [-- --sizes 1000,10000]`: only the report list's figures, on the sites
 * the last `npm run bench` built (/tmp/edu-reports-bench/site-<n>/dist), for measuring a
 * change to the list without rebuilding 10,000 reports. Prints the table and writes
 * bench/list.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listSection } from './list-page.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sites = new Map<number, string>();
for (const n of values.sizes!.split(',').map(Number)) {
  const dist = join('/tmp/edu-reports-bench', `site-${n}`, 'dist');
  if (!existsSync(dist)) throw new Error(`${dist}: not built; run npm run bench first`);
  sites.set(n, dist);
}
const text = `# Report list benchmark\n\nRun ${new Date().toISOString().slice(0, 16)}Z on the sites of the last \`npm run bench\`.\n\n${await listSection(sites)}\n`;
console.log(text);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/list.md'), text);
