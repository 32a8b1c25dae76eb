/**
 * Request-level defences against the real production server (`next start`, as playwright.config.ts
 * starts it): a 256 MB chunked body is answered 413 long before it is all sent, and forwarding
 * headers a client writes do not change which address a sign-in is counted against.
 */
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import type { Kysely } from 'kysely';
import { openDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { throttleKey } from '@/lib/staff/throttle';

const DATA_DIR = path.join(process.cwd(), 'test-results', 'e2e-data');
let db: Kysely<Database>;

test.beforeAll(async () => {
  ({ db } = await openDb({ dataDir: DATA_DIR }));
});
test.afterAll(async () => {
  await db?.destroy();
});

/** Resident memory of the process listening on `port`, in MB (for the log; not asserted). */
function serverRssMb(port: number): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const pid = /pid=(\d+)/.exec(out)?.[1];
    if (!pid) return null;
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Streams up to `total` bytes as a chunked body, stopping as soon as the response (or an error) arrives. */
function chunkedPost(url: URL, total: number, headers: Record<string, string>): Promise<{ status: number; sent: number; body: string }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sent, body });
      });
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test('a 256 MB chunked sign-in body gets 413 without the server reading it all', async ({ baseURL }) => {
  const url = new URL('/staff/sign-in/submit', baseURL);
  const port = Number(url.port);
  const before = serverRssMb(port);
  const total = 256 * 1024 * 1024;
  const res = await chunkedPost(url, total, { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' });
  const after = serverRssMb(port);
  console.info(`[security-http] 256 MB chunked POST: ${res.status} after ${Math.round(res.sent / 1024 / 1024)} MB sent; server RSS ${before} MB -> ${after} MB`);
  expect(res.status).toBe(413);
  expect(res.body).toMatch(/too large/);
  expect(res.sent).toBeLessThan(total);
});

test('spoofed X-Forwarded-For and X-Real-IP do not change the address a sign-in is counted against', async ({ request, baseURL }) => {
  const spoofed = '198.51.100.77';
  const res = await request.post('/staff/sign-in/submit', {
    headers: { origin: baseURL!, 'x-forwarded-for': spoofed, 'x-real-ip': spoofed },
    form: { email: `spoof-${Date.now()}@clinic.test`, password: 'not a password at all' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  const keys = (await db.selectFrom('signin_throttle').select('key').execute()).map((r) => r.key);
  expect(keys).toContain(throttleKey('address', '127.0.0.1'));
  expect(keys).not.toContain(throttleKey('address', spoofed));
});

test('a cross-site post with a forged X-Forwarded-Host is refused', async ({ request }) => {
  const res = await request.post('/staff/sign-in/submit', {
    headers: { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    form: { email: 'a@clinic.test', password: 'x' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});
