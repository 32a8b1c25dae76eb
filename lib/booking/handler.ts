/**
 * POST /api/booking: the same submission rules over plain HTTP, with real status codes. Used by
 * scripts (the benchmark), other clients, and the property tests, which call it directly.
 * Accepts urlencoded or multipart form data, or JSON. Never lets an exception become a 500.
 */
import { messages, submitBooking, type SubmitDeps, type SubmitOutcome } from './submit';
import { escapeHtml } from './emails';
import { logEvent } from './log';

export async function handleBookingPost(request: Request, deps: SubmitDeps): Promise<Response> {
  const wantsJson =
    (request.headers.get('accept') ?? '').includes('application/json') ||
    (request.headers.get('content-type') ?? '').includes('application/json');
  try {
    const parsed = await readBody(request, deps.config.maxBodyBytes);
    if (!parsed.ok) return respond({ status: parsed.status, message: parsed.message }, wantsJson);
    const outcome = await submitBooking(parsed.fields, request.headers, deps);
    return fromOutcome(outcome, wantsJson);
  } catch (err) {
    // Anything unexpected is logged by name only (no content) and reported as a refusal.
    logEvent('booking.error', { error: err instanceof Error ? err.name : 'unknown' });
    return respond({ status: 400, message: 'The request could not be read.' }, wantsJson);
  }
}

type Parsed = { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readBody(request: Request, maxBytes: number): Promise<Parsed> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413, message: messages.tooLarge };
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const kind = type.startsWith('application/x-www-form-urlencoded')
    ? 'urlencoded'
    : type.startsWith('multipart/form-data')
      ? 'multipart'
      : type.startsWith('application/json')
        ? 'json'
        : null;
  if (!kind) return { ok: false, status: 415, message: messages.unsupported };

  // Read at most maxBytes+1 bytes, whatever Content-Length claimed (it can lie or be absent).
  const bytes = await readLimited(request.body, maxBytes);
  if (bytes === 'too-large') return { ok: false, status: 413, message: messages.tooLarge };
  const body = new TextDecoder('utf-8', { fatal: false }).decode(bytes);

  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, status: 400, message: 'The request body must be a JSON object.' };
    }
    return { ok: true, fields: { ...(value as Record<string, unknown>) } };
  }
  let form: FormData | URLSearchParams;
  if (kind === 'urlencoded') form = new URLSearchParams(body);
  else {
    try {
      form = await new Response(bytes as unknown as BodyInit, { headers: { 'content-type': type } }).formData();
    } catch {
      return { ok: false, status: 400, message: 'The form data could not be read.' };
    }
  }
  const fields: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) if (!(k in fields)) fields[k] = v; // first value wins
  return { ok: true, fields };
}

async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function fromOutcome(o: SubmitOutcome, json: boolean): Response {
  if (o.kind === 'stored') {
    const location = `/book/confirmation?ref=${encodeURIComponent(o.reference)}`;
    if (json) return Response.json({ ok: true, reference: o.reference, next: location }, { status: 201 });
    return new Response(null, { status: 303, headers: { location } });
  }
  const headers: Record<string, string> = {};
  if (o.kind === 'rejected' && o.retryAfterS) headers['retry-after'] = String(o.retryAfterS);
  return respond({ status: o.status, message: o.message, errors: o.kind === 'invalid' ? o.errors : undefined }, json, headers);
}

function respond(
  r: { status: number; message: string; errors?: Record<string, string> },
  json: boolean,
  headers: Record<string, string> = {},
): Response {
  if (json) return Response.json({ ok: false, message: r.message, errors: r.errors ?? {} }, { status: r.status, headers });
  const items = Object.values(r.errors ?? {})
    .map((m) => `<li>${escapeHtml(m)}</li>`)
    .join('');
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>There is a problem</title></head><body><main><h1>There is a problem</h1><p>${escapeHtml(r.message)}</p>${items ? `<ul>${items}</ul>` : ''}<p><a href="/book">Go back to the booking form</a></p></main></body></html>`;
  return new Response(html, { status: r.status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}
