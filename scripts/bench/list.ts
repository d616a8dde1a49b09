/**
 * `npm run bench:list [-- --sizes 1000,10000 --sites /path/site-{n}/dist]`: only the report
 * list's figures, on the sites the last `npm run bench` built (/tmp/edu-reports-bench/
 * site-<n>/dist) or any built sites, for measuring a change to the list without the whole
 * bench. Prints the table and writes bench/list.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listSection } from './list-page.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    sites: { type: 'string', default: '/tmp/edu-reports-bench/site-{n}/dist' },
  },
});
const sites = new Map<number, string>();
for (const n of values.sizes!.split(',').map(Number)) {
  const dist = values.sites!.replace('{n}', String(n));
  if (!existsSync(dist)) throw new Error(`${dist}: not built; run npm run bench first`);
  sites.set(n, dist);
}
const text = `# Report list benchmark\n\nRun ${new Date().toISOString().slice(0, 16)}Z on ${values.sites}.\n\n${await listSection(sites)}\n`;
console.log(text);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/list.md'), text);
