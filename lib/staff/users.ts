/** Staff accounts: created by `npm run staff:add` (scripts/staff-add.ts). */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './password';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export async function createStaffUser(
  db: Kysely<Database>,
  opts: { email: string; password?: string; now?: Date },
): Promise<{ id: string; email: string; password: string; generated: boolean }> {
  const email = emailSchema.parse(opts.email);
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
      created_at: (opts.now ?? new Date()).toISOString(),
    })
    .execute();
  return { id, email, password, generated };
}
