/**
 * Graceful stop on SIGTERM/SIGINT. Next's own handler (when NEXT_MANUAL_SIG_HANDLE is unset) closes
 * the listening socket, waits for the requests in flight and then calls process.exit. Work that is
 * not a request, such as the outbox worker's current lease, would be cut off by that exit, so this
 * holds the exit until every registered drain has settled (or a deadline passed) and then exits 0:
 * a drained instance stopped cleanly.
 */
import { logEvent } from '@/lib/log';

export type ShutdownOptions = {
  drains: (() => Promise<unknown>)[];
  /** After this, exit anyway: an orchestrator's SIGKILL would come soon after. */
  timeoutMs: number;
  proc?: NodeJS.Process;
};

const g = globalThis as typeof globalThis & { __shutdownInstalled?: boolean };

export function installGracefulShutdown({ drains, timeoutMs, proc = process }: ShutdownOptions) {
  if (g.__shutdownInstalled) return;
  g.__shutdownInstalled = true;
  const realExit = proc.exit.bind(proc);
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logEvent('shutdown.started', { signal });
    let drained = false;
    let exitAsked = false;
    const finish = (reason: string) => {
      logEvent('shutdown.finished', { reason });
      realExit(reason === 'drained' ? 0 : 1);
    };
    // Next asks to exit once its requests are done; the exit waits for the drains.
    proc.exit = ((code?: number | string | null) => {
      exitAsked = true;
      if (drained) finish('drained');
      else logEvent('shutdown.waiting', { requestedExit: code == null ? null : String(code) });
      return undefined as never;
    }) as NodeJS.Process['exit'];
    const deadline = setTimeout(() => finish('timeout'), timeoutMs);
    void Promise.allSettled(drains.map((drain) => drain())).then(() => {
      drained = true;
      if (exitAsked) {
        clearTimeout(deadline);
        finish('drained');
      }
    });
  };
  proc.on('SIGTERM', onSignal);
  proc.on('SIGINT', onSignal);
}
