/**
 * Graceful stop in a real process: the exit Next asks for after its requests waits for the drains
 * (the outbox worker's send), then the process exits 0; a drain that hangs is cut off at the deadline
 * with exit 1. The whole stack (Next, nginx, SMTP) is exercised by npm run test:cluster.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function run(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'shutdown-child.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready') && !out.includes('signalled')) {
        out += 'signalled\n';
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('graceful shutdown', () => {
  it("holds Next's exit until the drain is done, then exits 0", async () => {
    const { code, out } = await run({ SHUTDOWN_DRAIN_MS: '400', SHUTDOWN_TIMEOUT_MS: '10000' });
    expect(out.split('\n').filter(Boolean)).toEqual(['ready', 'signalled', 'requests done', 'drain done']);
    expect(code).toBe(0);
  });

  it('exits 0 at once when the drain finished before the requests', async () => {
    const { code, out } = await run({ SHUTDOWN_DRAIN_MS: '0', SHUTDOWN_TIMEOUT_MS: '10000' });
    expect(out).toContain('requests done');
    expect(code).toBe(0);
  });

  it('gives up on a drain that never ends at the deadline, with exit 1', async () => {
    const { code, out } = await run({ SHUTDOWN_TIMEOUT_MS: '500' });
    expect(out).toContain('requests done');
    expect(out).not.toContain('drain done');
    expect(code).toBe(1);
  });
});
