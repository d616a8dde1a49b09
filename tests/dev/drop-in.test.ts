/**
 * The drop-in loop in dev mode: a file dropped into content/sources appears on the running
 * dev site within seconds, a changed one updates, a removed one goes — no restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

let PORT = 0;
let origin = '';
let dir = '';
let dev: ChildProcess | undefined;
let output = '';

/** Polls `check` until it returns true or `ms` pass; returns how long it took. */
async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms; dev output:\n${output.slice(-3000)}`);
}

const page = async (path: string) => {
  const res = await fetch(`${origin}${path}`);
  return { status: res.status, text: await res.text() };
};

/** A port nothing listens on now (the OS picks it), so parallel runs never clash. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  PORT = await freePort();
  origin = `http://127.0.0.1:${PORT}`;
  dir = copyProject();
  const prep = spawnSync('npm', ['run', '--silent', 'ingest'], { cwd: dir, encoding: 'utf8' });
  if (prep.status !== 0) throw new Error(prep.stderr);
  spawnSync('npm', ['run', '--silent', 'analyse'], { cwd: dir, encoding: 'utf8' });
  // Not vitest's environment: NODE_ENV=test and VITEST* change how Vite serves pages.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  dev = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  await waitFor(async () => {
    const { status } = await page('/reports/');
    output += `\n[test] GET /reports/ → ${status}`;
    return status === 200;
  }, 60_000);
}, 90_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dev: search', () => {
  it('says it searches the last build’s index', async () => {
    expect((await page('/search/')).text).toContain('开发模式：搜索使用上次');
  });
});

describe('dev: dropping a file in', () => {
  const file = () => join(dir, 'content/sources', '新报告 2024.txt');
  const report = (title: string) =>
    `${title}\n\n一、主要工作\n今年以来，我区坚持立德树人，全面推进“双减”工作，课后服务实现全覆盖。\n二、下一步打算\n持续推进集团化办学，扩大优质教育资源。\n`;

  it('a new file appears within seconds', async () => {
    expect((await page('/reports/')).text).not.toContain('某区教育局2024年工作总结');
    writeFileSync(file(), report('某区教育局2024年工作总结'));
    const ms = await waitFor(async () => (await page('/reports/')).text.includes('某区教育局2024年工作总结'), 20_000);
    expect(ms).toBeLessThan(20_000);
    // Its theme counts come with it: the 双减 theme page now lists it.
    await waitFor(async () => (await page('/themes/shuangjian/')).text.includes('某区教育局2024年工作总结'), 20_000);
  });

  it('a changed file updates', async () => {
    writeFileSync(file(), report('某区教育局2024年度工作汇报'));
    await waitFor(async () => {
      const list = (await page('/reports/')).text;
      return list.includes('某区教育局2024年度工作汇报') && !list.includes('某区教育局2024年工作总结');
    }, 20_000);
  });

  it('a removed file goes', async () => {
    rmSync(file());
    await waitFor(async () => !(await page('/reports/')).text.includes('某区教育局2024年度工作汇报'), 20_000);
    await waitFor(async () => !(await page('/themes/shuangjian/')).text.includes('某区教育局2024年度工作汇报'), 20_000);
    expect((await page('/reports/')).text).toContain('苏州教育局工作报告');
  });
});
