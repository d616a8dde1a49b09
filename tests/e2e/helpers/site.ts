/**
 * Builds the site the way a user does (`npm run build`: ingest, analyse, astro build with
 * Pagefind) in a throwaway copy of the project (tests/helpers/project-copy.ts), so tests never
 * touch the working tree's content/ or dist/, and two builds (base `/` and a sub-path) can run
 * side by side.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, projectRoot } from '../../helpers/project-copy.ts';

export { projectRoot };

export interface BuiltSite {
  /** The project copy. */
  root: string;
  /** Its dist/ folder. */
  dist: string;
  /** The build's output, for debugging a failure. */
  log: string;
  remove: () => void;
}

/**
 * Astro and Vite keep build caches in node_modules/.astro and .vite. A copy that links the
 * whole node_modules would share them with the working tree and with the other copy (two
 * parallel builds with different bases then read each other's pages), so each copy gets its
 * own node_modules folder holding links to the packages only.
 */
function privateNodeModules(root: string): void {
  const shared = join(projectRoot, 'node_modules');
  const own = join(root, 'node_modules');
  rmSync(own, { force: true });
  mkdirSync(own);
  for (const name of readdirSync(shared)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(shared, name), join(own, name));
  }
}

/**
 * The environment without what Vitest adds for its own Vite: Astro reads `import.meta.env`
 * values from process.env while prerendering, so an inherited BASE_URL=/ would override the
 * configured base, and NODE_ENV=test would change how the build runs.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST'))
      delete env[key];
  }
  return env;
}

/** Runs `npm run build` in the project copy `root` with `BASE_PATH=base` (and `env`); returns its output. */
export function runBuild(root: string, base: string, env: Record<string, string> = {}): string {
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: { ...cleanEnv(), BASE_PATH: base, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run build failed (base ${base}):\n${log.slice(-4000)}`);
  return log;
}

/** A project copy with its own node_modules links (see privateNodeModules) and `extraSources` in content/sources. */
export function projectCopy(extraSources: Record<string, string> = {}): string {
  const root = copyProject();
  privateNodeModules(root);
  for (const [name, text] of Object.entries(extraSources)) writeFileSync(join(root, 'content/sources', name), text);
  return root;
}

/** Copies the project (plus `extraSources` dropped into its content/sources) and runs `npm run build` there with `BASE_PATH=base` (and `env`). */
export function buildSite(
  base: string,
  extraSources: Record<string, string> = {},
  env: Record<string, string> = {},
): BuiltSite {
  const root = projectCopy(extraSources);
  const log = runBuild(root, base, env);
  return { root, dist: join(root, 'dist'), log, remove: () => rmSync(root, { recursive: true, force: true }) };
}
