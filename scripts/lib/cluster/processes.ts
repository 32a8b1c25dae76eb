/**
 * Every process and server the cluster test starts is registered here and stopped on success,
 * failure or interrupt (SIGINT/SIGTERM to the test itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];

export function onCleanup(fn: Cleanup) {
  cleanups.push(fn);
}

export async function cleanupAll() {
  while (cleanups.length) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup: ${err instanceof Error ? err.message : err}`);
    }
  }
}

const started: Proc[] = [];
// A crash of the test itself must not leave instances or nginx running.
process.once('exit', () => {
  for (const proc of started) if (alive(proc) && proc.child.pid) {
    try {
      process.kill(-proc.child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\ntest:cluster: ${signal}, stopping everything it started`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

export type Proc = {
  child: ChildProcess;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  log: () => string;
};

/** Starts a command in its own process group, its output appended to `logFile`. */
export function start(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }): Proc {
  const out = fs.openSync(opts.logFile, 'a');
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const proc: Proc = { child, exited, log: () => (fs.existsSync(opts.logFile) ? fs.readFileSync(opts.logFile, 'utf8') : '') };
  started.push(proc);
  onCleanup(async () => {
    await stop(proc, 'SIGTERM', 10_000);
  });
  return proc;
}

export function alive(proc: Proc) {
  return proc.child.exitCode === null && proc.child.signalCode === null;
}

/** Sends `signal` to the process group; SIGKILL after `graceMs` if it is still running. */
export async function stop(proc: Proc, signal: NodeJS.Signals, graceMs: number) {
  if (!alive(proc) || proc.child.pid === undefined) return proc.exited;
  const pid = proc.child.pid;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, graceMs);
  const result = await proc.exited;
  clearTimeout(timer);
  return result;
}

/** Polls `check` until it returns a value (or the deadline passes, then throws `what`). */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last instanceof Error ? ` (${last.message})` : ''}`);
}
