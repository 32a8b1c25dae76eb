/**
 * The CLI as the build runs it: its exit code and its output lines. A failing run, a bad option and
 * --watch go through a child process started as package.json's content:check starts it (arguments,
 * output and exit code through a real process); the other cases call the same one-shot command
 * in-process, which saves a process start (and a load of the engine and the language model) per case.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCheckNodeArgs, contentCheckOnce, parseContentCheckArgs } from '@/scripts/lib/content-check-cli';
import { REPO, SHARED_AUTHORS, SHARED_BIB, lineOf, FIXTURES } from './helpers';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [...contentCheckNodeArgs(), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The one-shot command in this process, from the repository as the script's working folder. */
async function runInProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await contentCheckOnce(parseContentCheckArgs(args, REPO), { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { status, stdout, stderr };
}

const fixtureArgs = (name: string) => ['--dir', `tests/fixtures/content/${name}`, '--authors', SHARED_AUTHORS, '--bib', SHARED_BIB, '--now', '2026-11-25'];

/** `file:line:column  severity  rule-id  message  (how to fix)` */
const FINDING_LINE = /^(\S+):(\d+):(\d+) {2}(error|warning) {2}([a-z-]+) {2}(.+) {2}\((.+)\)$/;

describe('npm run content:check (scripts/content-check.ts)', () => {
  it('as a child process: exits 1 on a fixture that breaks a rule and prints the finding line with a repo-relative path', () => {
    const { status, stdout } = run(...fixtureArgs('no-cure-claim'));
    expect(status).toBe(1);
    const file = 'tests/fixtures/content/no-cure-claim/articles/fires.mdx';
    const line = stdout.split('\n').find((l) => l.startsWith(`${file}:`));
    expect(line, stdout).toBeDefined();
    const m = FINDING_LINE.exec(line!);
    expect(m, line).not.toBeNull();
    expect(m![2]).toBe(String(lineOf(path.join(REPO, file), 'cure arthritis')));
    expect(m![4]).toBe('error');
    expect(m![5]).toBe('no-cure-claim');
    expect(m![7]).toMatch(/measured outcomes/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^1 error, \d+ warnings?, 0 silenced in 2 files$/);
  });

  it('as a child process: exits 2 on an option it does not know, naming it and where the options are listed', () => {
    const { status, stdout, stderr } = run('--dri', 'content');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe("content:check: Unknown option '--dri'; npm run content:check -- --help lists the options");
  });

  it('exits 0 on a clean fixture, still printing the readability table and summary', async () => {
    const { status, stdout, stderr } = await runInProcess(...fixtureArgs('clean'));
    expect(status, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/page\s+words\s+reading ease\s+grade/);
    expect(stdout).toMatch(/tests\/fixtures\/content\/clean\/articles\/clean-article\.mdx\s+\d+\s+-?[\d.]+\s+-?[\d.]+/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^0 errors, \d+ warnings?, 0 silenced in 2 files$/);
  });

  it('--json prints findings with repo-relative paths and a summary', async () => {
    const { status, stdout } = await runInProcess(...fixtureArgs('suppression-reason'), '--json');
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.summary).toMatchObject({ errors: 1, files: 2, silenced: 1 });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/content/suppression-reason/articles/fires.mdx', ruleId: 'suppression-reason', severity: 'error' }),
    );
  });

  it('reports the number of silenced findings in the summary line', async () => {
    const { stdout } = await runInProcess(...fixtureArgs('unused-suppression'));
    expect(stdout.trim().split('\n').at(-1)).toMatch(/, 1 silenced in 2 files$/);
  });

  it('exits 2 with a message when the content root does not exist', async () => {
    const { status, stderr } = await runInProcess('--dir', path.join(FIXTURES, 'does-not-exist'));
    expect(status).toBe(2);
    expect(stderr).toMatch(/does not exist/);
  });
});

describe('--watch', () => {
  it('prints a report and keeps running even when there are errors', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [...contentCheckNodeArgs(), '--watch', ...fixtureArgs('no-cure-claim')], { cwd: REPO });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no summary within 90 s:\n${out}`)), 90_000);
        child.stdout.on('data', () => {
          if (/\d+ errors?, \d+ warnings?, \d+ silenced in \d+ files?/.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(out).toMatch(/ {2}error {2}no-cure-claim {2}/);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });
});
