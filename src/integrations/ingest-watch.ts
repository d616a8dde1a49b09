/**
 * Dev loop: while `astro dev` runs, a file dropped into, changed in or removed from
 * content/sources (or an edit of content/themes.yaml) is ingested again and the analysis
 * rerun within a moment, and the
 * content collection picks up the new MDX — no restart. In dev the search page uses the
 * Pagefind index of the last build, served from dist/, since Pagefind indexes built HTML.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { pagefindFile } from './pagefind-route.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Runs `scripts/<script>.ts` as `npm run <script>` does, with the Node running the dev server
 * (npm's own start-up is a second of the wait), and resolves with its exit code; output goes
 * to the dev log.
 */
function runScript(script: 'ingest' | 'analyse', cwd: string, log: (line: string) => void): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(cwd, 'scripts', `${script}.ts`)], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((l) => l.trim() && !l.includes('npm warn'))
        .forEach(log);
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('close', (code) => done(code ?? 1));
  });
}

/** The integration (see the module comment). */
export function ingestWatch(options: { sources?: string; themes?: string; root?: string } = {}): AstroIntegration {
  return {
    name: 'ingest-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(options.root ?? '.');
        const sources = resolve(root, options.sources ?? 'content/sources');
        const themes = resolve(root, options.themes ?? 'content/themes.yaml');
        let running: Promise<void> | null = null;
        let again = false;
        let timer: NodeJS.Timeout | undefined;

        const refresh = async () => {
          if (running) {
            again = true;
            return;
          }
          running = (async () => {
            do {
              again = false;
              const log = (line: string) => logger.info(line);
              if ((await runScript('ingest', root, log)) === 0) await runScript('analyse', root, log);
            } while (again);
          })();
          await running;
          running = null;
        };

        server.watcher.add([sources, themes]);
        server.watcher.on('all', (_event, path) => {
          const changed = resolve(path);
          if (!changed.startsWith(`${sources}/`) && changed !== themes) return;
          clearTimeout(timer);
          timer = setTimeout(refresh, 200);
        });

        // The last build's search index, so search works in dev (the page says it is the last build's).
        const dist = join(root, 'dist');
        server.middlewares.use((req, res, next) => {
          const file = pagefindFile(dist, server.config.base, req.url ?? '');
          if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
