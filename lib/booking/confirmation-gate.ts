/**
 * Whether `/book/confirmation?ref=…` names a request that exists, asked by proxy.ts before the page
 * renders. The page reads its query, so it renders per request, and a per-request page that calls
 * notFound() answers 404 with an empty body: Next puts the not-found page only in its script payload,
 * so a patient without JavaScript saw a blank page. The proxy sends an unknown reference to a path no
 * route matches instead, which Next answers with the whole not-found page and the same 404.
 */
import 'server-only';
import { getDb } from '@/lib/db';
import { parseReference } from './reference';
import { requestExists } from './store';

export const CONFIRMATION_PATH = '/book/confirmation';
/** Matches no route, so Next answers it with app/not-found.tsx. */
export const UNKNOWN_CONFIRMATION_PATH = '/book/confirmation/unknown-reference';

/** The reference in a confirmation address's (first) `ref`, if a request with it exists; the page and the proxy both ask. */
export async function knownConfirmationReference(ref: string | null | undefined): Promise<string | null> {
  const reference = parseReference(ref ?? undefined);
  if (!reference) return null;
  const { db } = await getDb();
  return (await requestExists(db, reference)) ? reference : null;
}
