/**
 * POST /book/submit: the booking form's endpoint, with real status codes (303/201, 400, 403, 413,
 * 415, 422, 429, 503). A plain form post (JavaScript off) that is refused gets the booking page
 * itself back, re-rendered with the errors and the values kept; the browser's fetch (JavaScript
 * on), scripts and the property tests get JSON. Never lets an exception become a 500.
 */
import { messages, submitBooking, TOKEN_FIELD, type SubmitDeps, type SubmitOutcome } from './submit';
import { escapeHtml } from './emails';
import { logEvent } from './log';
import { signFormToken } from './form-token';
import type { FormRenderState } from './form-state';

export type HandlerOptions = {
  /** Renders the booking page with this state and status (a form post with JavaScript off). */
  renderForm?: (state: FormRenderState, status: number, headers: Record<string, string>) => Promise<Response>;
};

export async function handleBookingPost(request: Request, deps: SubmitDeps, opts: HandlerOptions = {}): Promise<Response> {
  const wantsJson =
    (request.headers.get('accept') ?? '').includes('application/json') ||
    (request.headers.get('content-type') ?? '').includes('application/json');
  const render = wantsJson ? undefined : opts.renderForm;
  const freshToken = () => signFormToken(deps.secret, (deps.now ?? Date.now)() - deps.config.minSubmitMs);
  try {
    const parsed = await readBody(request, deps.config.maxBodyBytes);
    if (!parsed.ok) {
      if (render) return await safeRender(render, { message: parsed.message, errors: {}, values: {}, token: freshToken() }, parsed.status, {}, wantsJson);
      return respond({ status: parsed.status, message: parsed.message }, wantsJson);
    }
    const outcome = await submitBooking(parsed.fields, request.headers, deps);
    if (render && outcome.kind !== 'stored') {
      const headers: Record<string, string> = {};
      if (outcome.kind === 'rejected' && outcome.retryAfterS) headers['retry-after'] = String(outcome.retryAfterS);
      const token = outcome.token || (typeof parsed.fields[TOKEN_FIELD] === 'string' ? String(parsed.fields[TOKEN_FIELD]) : freshToken());
      const state = { message: outcome.message, errors: outcome.kind === 'invalid' ? outcome.errors : {}, values: outcome.values, token };
      return await safeRender(render, state, outcome.status, headers, wantsJson);
    }
    return fromOutcome(outcome, wantsJson);
  } catch (err) {
    // Anything unexpected is logged by name only (no content) and reported as a refusal.
    logEvent('booking.error', { error: err instanceof Error ? err.name : 'unknown' });
    return respond({ status: 400, message: 'The request could not be read.' }, wantsJson);
  }
}

async function safeRender(
  render: NonNullable<HandlerOptions['renderForm']>,
  state: FormRenderState,
  status: number,
  headers: Record<string, string>,
  json: boolean,
): Promise<Response> {
  try {
    return await render(state, status, headers);
  } catch (err) {
    logEvent('booking.error', { error: `render-${err instanceof Error ? err.name : 'unknown'}` });
    return respond({ status, message: state.message, errors: state.errors }, json, headers);
  }
}

type Parsed = { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readBody(request: Request, maxBytes: number): Promise<Parsed> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413, message: messages.tooLarge };
  // Only the media type is case-insensitive: the boundary parameter must be passed on exactly as
  // sent (Chromium's FormData boundaries have capital letters).
  const contentType = request.headers.get('content-type') ?? '';
  const type = contentType.toLowerCase();
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
      form = await new Response(bytes as unknown as BodyInit, { headers: { 'content-type': contentType } }).formData();
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
  return respond({ status: o.status, message: o.message, errors: o.kind === 'invalid' ? o.errors : undefined, token: o.token }, json, headers);
}

function respond(
  r: { status: number; message: string; errors?: Record<string, string>; token?: string },
  json: boolean,
  headers: Record<string, string> = {},
): Response {
  if (json) return Response.json({ ok: false, message: r.message, errors: r.errors ?? {}, token: r.token }, { status: r.status, headers });
  const items = Object.values(r.errors ?? {})
    .map((m) => `<li>${escapeHtml(m)}</li>`)
    .join('');
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>There is a problem</title></head><body><main><h1>There is a problem</h1><p>${escapeHtml(r.message)}</p>${items ? `<ul>${items}</ul>` : ''}<p><a href="/book">Go back to the booking form</a></p></main></body></html>`;
  return new Response(html, { status: r.status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}
