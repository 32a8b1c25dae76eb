/**
 * `npm run staff:add` against a temporary SQLite data directory: the first test runs the script as a
 * child process (arguments, stdin, output and exit codes through a real process); the others call
 * the same command in-process, which saves a `tsx` start-up per case.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/connect';
import { verifyPassword } from '@/lib/staff/password';
import { staffAdd } from '@/scripts/lib/staff-add-command';

const run = promisify(execFile);
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function cmd(args: string[], dataDir: string, stdin?: string) {
  const child = run(tsx, ['scripts/staff-add.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, cwd: process.cwd() });
  child.child.stdin?.end(stdin ?? '');
  return child;
}

/** The command in this process, with stdin as a pipe gives it; rejects on a non-zero exit as `cmd` does. */
async function inProcess(args: string[], dataDir: string, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await staffAdd(args, {
    readStdin: async () => stdin ?? '',
    stdinIsTTY: false,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  const result = { code, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
  if (code !== 0) throw Object.assign(new Error(`staff:add exited ${code}`), result);
  return result;
}

describe('staff:add', () => {
  it('as a child process: creates an account from a password on stdin, and refuses a duplicate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-add-'));
    dirs.push(dir);
    const { stdout } = await cmd(['Manager@Clinic.test', '--role', 'manager', '--password-stdin'], dir, 'a long enough password\n');
    expect(stdout).toContain('Created manager account manager@clinic.test');
    expect(stdout).not.toContain('a long enough password');
    await expect(cmd(['manager@clinic.test', '--role', 'manager', '--password-stdin'], dir, 'a long enough password\n')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
    const { db } = await openDb({ dataDir: dir });
    try {
      const row = await db.selectFrom('staff_users').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ email: 'manager@clinic.test', must_change_password: 0, role: 'manager', author_id: null });
      expect(await verifyPassword('a long enough password', row.password_hash)).toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it('prints a one-time password that must be changed when stdin is empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-add-'));
    dirs.push(dir);
    const { stdout } = await inProcess(['new@clinic.test', '--role', 'writer'], dir, '');
    const pw = /One-time password[^:]*: (\S+)/.exec(stdout)?.[1];
    expect(pw).toMatch(/^[A-Za-z0-9]{20}$/);
    const { db } = await openDb({ dataDir: dir });
    try {
      const row = await db.selectFrom('staff_users').selectAll().executeTakeFirstOrThrow();
      expect(row.must_change_password).toBe(1);
      expect(await verifyPassword(pw!, row.password_hash)).toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a bad email or a short password', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-add-'));
    dirs.push(dir);
    await expect(inProcess(['not-an-email', '--role', 'writer', '--password-stdin'], dir, 'a long enough password\n')).rejects.toMatchObject({ code: 1 });
    await expect(inProcess(['a@clinic.test', '--role', 'writer', '--password-stdin'], dir, 'short\n')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('at least 12') });
    await expect(inProcess([], dir)).rejects.toMatchObject({ code: 2 });
    await expect(inProcess(['a@clinic.test', '--password-stdin'], dir, 'a long enough password\n')).rejects.toMatchObject({ code: 2 });
  });

  it('links a clinical reviewer to a registered clinician profile, and refuses one without', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-add-'));
    dirs.push(dir);
    const pw = 'a long enough password\n';
    await expect(inProcess(['r@clinic.test', '--role', 'reviewer', '--password-stdin'], dir, pw)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--author') });
    await expect(inProcess(['r@clinic.test', '--role', 'reviewer', '--author', 'nobody-here', '--password-stdin'], dir, pw)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('registration') });
    await inProcess(['r@clinic.test', '--role', 'reviewer', '--author', 'priya-lindqvist', '--password-stdin'], dir, pw);
    const { db } = await openDb({ dataDir: dir });
    try {
      expect(await db.selectFrom('staff_users').select(['role', 'author_id']).executeTakeFirstOrThrow()).toEqual({ role: 'reviewer', author_id: 'priya-lindqvist' });
    } finally {
      await db.destroy();
    }
  });
});
