/**
 * scripts/run-bundled.mjs, which starts `npm run content:check`: a TypeScript script run as a
 * cached bundle behaves as under tsx, and the bundle follows its sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers';

const CACHE_DIR = path.join(REPO, 'node_modules/.cache/run-bundled');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-bundled-'));
/** The bundle's files carry the script's path, so this test's are told apart by its folder's name. */
const ours = () => (fs.existsSync(CACHE_DIR) ? fs.readdirSync(CACHE_DIR).filter((f) => f.includes(path.basename(dir))) : []);
const mtimeOf = (suffix: string) => {
  const file = ours().find((f) => f.endsWith(suffix));
  return file ? fs.statSync(path.join(CACHE_DIR, file)).mtimeMs : undefined;
};

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-bundled.mjs', path.join(dir, 'main.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of ours()) fs.rmSync(path.join(CACHE_DIR, f), { force: true });
});

describe('scripts/run-bundled.mjs', () => {
  fs.writeFileSync(
    path.join(dir, 'main.ts'),
    "import { message } from './message';\nconst own: string = import.meta.url;\nconsole.log(message, JSON.stringify(process.argv.slice(2)), own.endsWith('/main.ts'));\nprocess.exitCode = 3;\n",
  );
  fs.writeFileSync(path.join(dir, 'message.ts'), "export const message: string = 'first';\n");

  it('runs the script with its arguments, its own file URL and its exit code, and keeps the compiled code', () => {
    const { status, stdout, stderr } = run('a', '--b');
    expect(stderr).toBe('');
    expect(stdout).toBe('first ["a","--b"] true');
    expect(status).toBe(3);
    expect(ours().some((f) => f.endsWith('.v8-code-cache'))).toBe(true);
  });

  it('reuses the bundle and its code cache while no source changed', () => {
    const [bundle, codeCache] = [mtimeOf('.cjs'), mtimeOf('.v8-code-cache')];
    expect(run().stdout).toBe('first [] true');
    expect(mtimeOf('.cjs')).toBe(bundle);
    expect(mtimeOf('.v8-code-cache')).toBe(codeCache);
  });

  it('rebuilds when a file the script imports changes', () => {
    const bundle = mtimeOf('.cjs');
    fs.writeFileSync(path.join(dir, 'message.ts'), "export const message: string = 'second, changed';\n");
    expect(run().stdout).toBe('second, changed [] true');
    expect(mtimeOf('.cjs')).not.toBe(bundle);
  });

  it('names the file and line of a syntax error and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'message.ts'), "export const message: string = 'unclosed;\n");
    const { status, stdout, stderr } = run();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^run-bundled: could not build .*main\.ts: Build failed with 1 error:\n.*message\.ts:1:\d+: ERROR: Unterminated string literal/);
  });

  it('says how to use it when given no TypeScript file', () => {
    const result = spawnSync(process.execPath, ['scripts/run-bundled.mjs', 'scripts/nothing-here.ts'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage: node scripts\/run-bundled\.mjs <script\.ts> \[arguments…\] \(no TypeScript file at scripts\/nothing-here\.ts\)/);
  });
});
