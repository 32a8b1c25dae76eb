/** Staff accounts: created by `npm run staff:add` (scripts/staff-add.ts). */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import type { StaffRole } from './roles';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export async function createStaffUser(
  db: Kysely<Database>,
  opts: { email: string; role: StaffRole; password?: string; now?: Date; authorId?: string | null; registeredAuthors?: ReadonlySet<string> },
): Promise<{ id: string; email: string; password: string; generated: boolean }> {
  const email = emailSchema.parse(opts.email);
  const authorId = opts.authorId ?? null;
  if (opts.role === 'reviewer') {
    // A clinical reviewer signs pages off in a clinician's name: that clinician must be on a register.
    if (!authorId) throw new Error('A clinical reviewer needs --author <slug of their profile in content/authors>.');
    if (opts.registeredAuthors && !opts.registeredAuthors.has(authorId)) {
      throw new Error(`content/authors/${authorId}.mdx is missing or has no registration: a clinical reviewer must be a registered clinician.`);
    }
  }
  const generated = !opts.password;
  const password = opts.password ?? generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  const existing = await db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new Error(`A staff account for ${email} already exists.`);
  const id = randomUUID();
  await db
    .insertInto('staff_users')
    .values({
      id,
      email,
      password_hash: await hashPassword(password),
      // A printed one-time password has been on a screen: it must be replaced at first sign-in.
      must_change_password: generated ? 1 : 0,
      locked_until: null,
      role: opts.role,
      author_id: authorId,
      created_at: (opts.now ?? new Date()).toISOString(),
    })
    .execute();
  return { id, email, password, generated };
}

export type ChangePasswordError = 'current-wrong' | 'too-short' | 'mismatch' | 'same';

/** Pure: checks on the new password before any hashing. */
export function newPasswordProblem(current: string, next: string, confirm: string): ChangePasswordError | null {
  if (next.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (next !== confirm) return 'mismatch';
  if (next === current) return 'same';
  return null;
}

/**
 * Replaces a password after checking the current one. Clears the must-change flag and ends every
 * other session of the account (a leaked one-time password must not keep a session alive).
 */
export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  input: { current: string; next: string; confirm: string; keepTokenHash?: string },
): Promise<ChangePasswordError | null> {
  const problem = newPasswordProblem(input.current, input.next, input.confirm);
  if (problem) return problem;
  const user = await db.selectFrom('staff_users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  if (!user || !(await verifyPassword(input.current, user.password_hash))) return 'current-wrong';
  const hash = await hashPassword(input.next);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', userId).execute();
    let del = trx.deleteFrom('staff_sessions').where('user_id', '=', userId);
    if (input.keepTokenHash) del = del.where('token_hash', '!=', input.keepTokenHash);
    await del.execute();
  });
  return null;
}
