/**
 * The one way a route reads a request body: at most `maxBytes`, whatever Content-Length claims
 * (it can lie, or be absent with a chunked body). Past the limit it stops reading, cancels the
 * stream and answers 413; the rest of the body is never buffered.
 */
export type BodyKind = 'urlencoded' | 'multipart' | 'json';

export type BodyMessages = { tooLarge: string; unsupported: string };

export type ReadBody =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; message: string };

export const DEFAULT_BODY_MESSAGES: BodyMessages = {
  tooLarge: 'The request is too large. Shorten what you typed and try again.',
  unsupported: 'The request must be sent as a form.',
};

export async function readBody(
  request: Request,
  opts: { maxBytes: number; accept?: readonly BodyKind[]; messages?: BodyMessages },
): Promise<ReadBody> {
  const messages = opts.messages ?? DEFAULT_BODY_MESSAGES;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) return { ok: false, status: 413, message: messages.tooLarge };
  // The media type is case-insensitive; a multipart boundary is not, so the original header is kept for parsing.
  const contentType = request.headers.get('content-type') ?? '';
  const kind = bodyKind(contentType);
  if (!kind || !(opts.accept ?? ['urlencoded', 'multipart', 'json']).includes(kind)) return { ok: false, status: 415, message: messages.unsupported };

  const bytes = await readLimited(request.body, opts.maxBytes);
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

export function bodyKind(contentType: string): BodyKind | null {
  const type = contentType.toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) return 'urlencoded';
  if (type.startsWith('multipart/form-data')) return 'multipart';
  if (type.startsWith('application/json')) return 'json';
  return null;
}

/** Reads at most maxBytes+1 bytes; past maxBytes it cancels the stream and reports 'too-large'. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | 'too-large'> {
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

/** A string field, or undefined for a missing or non-text (file) field. */
export function textField(fields: Record<string, unknown>, name: string): string | undefined {
  const v = fields[name];
  return typeof v === 'string' ? v : undefined;
}
