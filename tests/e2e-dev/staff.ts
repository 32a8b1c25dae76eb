/**
 * The editor is for signed-in staff only, so its end-to-end tests need a staff account in the
 * database the dev server uses. playwright.dev.config.ts starts `next dev` with DATA_DIR set to
 * EDITOR_DATA_DIR (scripts/lib/editor-e2e.ts: a throwaway SQLite file under reports/, which git ignores); the tests create
 * the account and sessions there with the same library functions as `npm run staff:add`.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import type { Kysely } from 'kysely';
import { openDb } from '../../lib/db/connect';
import { EDITOR_DATA_DIR } from '../../scripts/lib/editor-e2e';
import type { Database } from '../../lib/db/schema';
import { createStaffUser } from '../../lib/staff/users';
import type { StaffRole } from '../../lib/staff/roles';
import { createSession } from '../../lib/staff/sessions';
import { SESSION_COOKIE, STAFF_COOKIE_PATHS } from '../../lib/staff/cookies';


export const STAFF_PASSWORD = 'editor e2e staff password';

export type StaffAccount = { db: Kysely<Database>; email: string; token: string };

/** A fresh staff account (own password, so no forced change) and a session for it. */
export async function staffAccount(role: StaffRole = 'writer', authorId?: string): Promise<StaffAccount> {
  const { db } = await openDb({ dataDir: EDITOR_DATA_DIR });
  const user = await createStaffUser(db, { role, authorId, email: `${role}-${randomBytes(4).toString('hex')}@clinic.test`, password: STAFF_PASSWORD });
  const { token } = await createSession(db, user.id, new Date(), { absoluteMs: 3 * 3_600_000 });
  return { db, email: user.email, token };
}

/** What signing in sets: the session cookie on each staff path. */
export async function addSessionCookies(context: BrowserContext, baseURL: string, token: string) {
  const { hostname } = new URL(baseURL);
  await context.addCookies(
    STAFF_COOKIE_PATHS.map((p) => ({ name: SESSION_COOKIE, value: token, domain: hostname, path: p, httpOnly: true, sameSite: 'Strict' as const })),
  );
}
