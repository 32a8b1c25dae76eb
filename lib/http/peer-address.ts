/**
 * The TCP peer address of the request being handled. Next's route handlers do not expose the
 * socket, and Next fills X-Forwarded-For from it only when the client sent none, so that header
 * cannot tell a real address from a typed one. The server's `request` event is wrapped once
 * (instrumentation.ts) to run each request inside an AsyncLocalStorage holding its socket's
 * address; code handling that request reads it here. Nothing a client sends can set it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';

type Store = AsyncLocalStorage<string | undefined>;
// On globalThis: instrumentation and the route bundles are separate module graphs in one process.
const g = globalThis as typeof globalThis & { __peerAddress?: Store };

export function peerAddress(): string | undefined {
  return g.__peerAddress?.getStore();
}

/** Wraps http.Server's `request` event so every request runs with its socket address in context. Idempotent. */
export function capturePeerAddresses(): void {
  if (g.__peerAddress) return;
  const store: Store = new AsyncLocalStorage();
  g.__peerAddress = store;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const forward = () => Reflect.apply(emit, this, [event, ...args]) as boolean;
    if (event !== 'request') return forward();
    const req = args[0] as http.IncomingMessage;
    return store.run(req.socket?.remoteAddress, forward);
  } as typeof emit;
}

/** Runs `fn` as if handling a request from `address` (tests and scripts that call handlers directly). */
export function withPeerAddress<T>(address: string | undefined, fn: () => T): T {
  capturePeerAddresses();
  return g.__peerAddress!.run(address, fn);
}
