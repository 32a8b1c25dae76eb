/**
 * Start (or reuse) a production Next server for the gate scripts.
 *
 * GATES_BASE_URL=http://127.0.0.1:3400 reuses a server that is already running; otherwise
 * `next start` is launched on GATES_PORT (default 3410) from NEXT_DIST_DIR (default .next).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

export type RunningServer = { baseURL: string; stop: () => Promise<void> };

export async function waitForHttp(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status < 500) return;
      lastError = new Error(`status ${res.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM'); // the process group we created with detached: true
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000).unref();
  });
}

/** Launch `next start` in `cwd` with its own dist dir; resolves once the home page answers. */
export async function startNext(options: { cwd?: string; distDir?: string; port?: number } = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  const distDir = options.distDir ?? process.env.NEXT_DIST_DIR ?? '.next';
  const port = options.port ?? Number(process.env.GATES_PORT ?? 3410);
  if (!fs.existsSync(path.join(cwd, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${path.join(cwd, distDir)}: run the build first (NEXT_DIST_DIR=${distDir} npx next build)`);
  }
  const nextBin = path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: {
      ...process.env,
      PWD: cwd,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}`,
      DATA_DIR: process.env.DATA_DIR ?? path.join(cwd, 'test-results', 'gates-data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitForHttp(`${baseURL}/`),
      new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`next start exited (${code}):\n${output}`)))),
    ]);
  } catch (error) {
    await killTree(child);
    throw error;
  }
  // Interrupted (Ctrl-C, or npm test stopping the step): stop the server with us, which a
  // `finally` would not do on a signal.
  const onSignal = (signal: NodeJS.Signals) => void killTree(child).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    baseURL,
    stop: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      return killTree(child);
    },
  };
}

/** Use GATES_BASE_URL if set, else start a server from the current project's build. */
export async function serverForGates(): Promise<RunningServer> {
  const existing = process.env.GATES_BASE_URL;
  if (existing) {
    await waitForHttp(`${existing.replace(/\/$/, '')}/`);
    return { baseURL: existing.replace(/\/$/, ''), stop: async () => {} };
  }
  return startNext();
}
