/**
 * POST /booking/manage/submit: the one endpoint for the patient's actions. The manage link only
 * shows; an action needs this post, sent by a button on a confirmation page (mail scanners open
 * links, they do not press buttons). Same-origin only, a signed form token no older than the form
 * age limit, rate-limited per client address, body bounded. The token travels in the body, so it
 * is in no URL the post makes. Answers are 303s back to the pages (they work without JavaScript)
 * or a plain 4xx page.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { readBody, textField } from '@/lib/http/body';
import { isAllowedOrigin } from '@/lib/http/origin';
import { clientAddress } from '@/lib/http/client-address';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { escapeHtml } from '@/lib/text/escape-html';
import type { BookingConfig } from './config';
import { verifyFormToken } from './form-token';
import { findRequestByToken, MANAGE_TOKEN_PATTERN } from './manage-token';
import { applyPatientAction, isPatientAction } from './manage';
import type { AppointmentContext } from './appointments';
import { logEvent } from './log';

export type ManageDeps = {
  db: Kysely<Database>;
  secret: string;
  limiter: RateLimiter;
  config: BookingConfig;
  context: (now?: Date) => AppointmentContext;
  onChanged?: () => void;
};

const MANAGE_MAX_BODY_BYTES = 4096;
export const manageRateKey = (client: string) => `manage:addr:${client}`;

export async function handleManagePost(request: Request, deps: ManageDeps, opts: { clientAddress?: string; now?: Date } = {}): Promise<Response> {
  const now = opts.now ?? new Date();
  try {
    if (!isAllowedOrigin(request.headers, { siteUrl: deps.context(now).site.url, allowed: deps.config.allowedOrigins, hops: deps.config.trustProxyHops })) {
      logEvent('manage.rejected', { reason: 'origin' });
      return page(403, 'This form can only be sent from our own website. Open the link in your email and try again.');
    }
    const client = opts.clientAddress ?? clientAddress(request.headers, { hops: deps.config.trustProxyHops });
    const rate = await deps.limiter.hit(manageRateKey(client), now.getTime());
    if (!rate.allowed) {
      logEvent('manage.rejected', { reason: 'rate-limit' });
      return page(429, 'You have tried this several times in a short time. Please wait a few minutes and try again, or phone us.', { 'retry-after': String(rate.retryAfterS) });
    }
    const body = await readBody(request, { maxBytes: MANAGE_MAX_BODY_BYTES, accept: ['urlencoded', 'multipart'] });
    if (!body.ok) return page(body.status, body.message);
    const token = textField(body.fields, 't') ?? '';
    const action = textField(body.fields, 'action');
    // Only a well-formed token goes back into a URL; anything else gets the link-not-working page.
    const back = MANAGE_TOKEN_PATTERN.test(token) ? `/booking/manage?t=${token}` : '/booking/manage';
    const requestId = await findRequestByToken(deps.db, token, now);
    if (!requestId || !isPatientAction(action)) return seeOther(back);
    const form = verifyFormToken(deps.secret, textField(body.fields, 'formToken'), now.getTime(), { minAgeMs: 0, maxAgeMs: deps.config.maxFormAgeMs });
    if (!form.ok) {
      logEvent('manage.rejected', { reason: `token-${form.reason}` });
      return seeOther(`/booking/manage/confirm?t=${token}&action=${action}&error=expired`);
    }
    const result = await applyPatientAction(deps.db, requestId, action, deps.context(now));
    if (!result.ok) return seeOther(result.reason === 'gone' ? back : `${back}&error=not-available`);
    logEvent('manage.action', { action, reference: action === 'withdraw' ? null : result.reference });
    deps.onChanged?.();
    return seeOther(action === 'withdraw' ? '/booking/manage/withdrawn' : `${back}&done=${action}`);
  } catch (err) {
    logEvent('manage.error', { error: err instanceof Error ? err.name : 'unknown' });
    return page(503, 'Sorry, we could not do that just now. Please try again in a few minutes, or phone us.');
  }
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
}

function page(status: number, message: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>There is a problem</title></head><body><main><h1>There is a problem</h1><p>${escapeHtml(message)}</p></main></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', ...headers } });
}
