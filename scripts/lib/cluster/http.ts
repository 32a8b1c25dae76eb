/**
 * A small HTTP client for the cluster test. Unlike fetch it can choose the source address (each
 * 127.x.y.z is a different client to the rate limits) and sends no Accept-Encoding, like autocannon.
 */
import http from 'node:http';

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };
export type HttpRequest = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Source address on the loopback network. */
  from?: string;
  timeoutMs?: number;
};

export function request(url: string, opts: HttpRequest = {}): Promise<HttpResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method: opts.method ?? 'GET',
        headers: { ...(opts.body !== undefined ? { 'content-length': String(Buffer.byteLength(opts.body)) } : {}), ...opts.headers },
        localAddress: opts.from,
        agent: false,
        timeout: opts.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${opts.method ?? 'GET'} ${url} timed out`)));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The value of a cookie set by a response, if any. */
export function setCookieValue(res: HttpResponse, name: string): string | undefined {
  for (const line of res.headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const i = pair.indexOf('=');
    if (pair.slice(0, i).trim() === name) return pair.slice(i + 1).trim();
  }
  return undefined;
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** Runs `work` for items 0..n-1 with at most `concurrency` at a time. */
export async function pool<T>(n: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await work(i);
      }
    }),
  );
  return results;
}
