/**
 * The manage pages' shared server step: the token from the query string, the rate limit per client
 * address, and the request it opens. A wrong, expired or erased token and an over-limit client
 * are told so without a word about whether any request exists.
 */
import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/http/client-address';
import { getManageDeps } from './server';
import { findRequestByToken } from './manage-token';
import { manageRateKey } from './manage-post';
import { manageView, type ManageView } from './manage';

export type ManagePageState =
  | { kind: 'ok'; token: string; view: ManageView; secret: string }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; retryAfterS: number };

export async function loadManagePage(t: string | string[] | undefined): Promise<ManagePageState> {
  const deps = await getManageDeps();
  const token = Array.isArray(t) ? t[0] : t;
  const client = clientAddress(await headers(), { hops: deps.config.trustProxyHops });
  const rate = await deps.limiter.hit(manageRateKey(client));
  if (!rate.allowed) return { kind: 'rate-limited', retryAfterS: rate.retryAfterS };
  const requestId = await findRequestByToken(deps.db, token, new Date());
  const view = requestId ? await manageView(deps.db, requestId) : null;
  if (!view || !token) return { kind: 'not-found' };
  return { kind: 'ok', token, view, secret: deps.secret };
}
