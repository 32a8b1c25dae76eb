/**
 * The mail an account's owner gets when sign-in to their account starts being throttled: they
 * learn someone (perhaps they) failed several times, and that waiting, not a reset, lets them in.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { queueMail } from '@/lib/mail/queue';
import { siteConfig } from '@/lib/site-config';

export type ThrottleAlert = (db: Kysely<Database>, to: string, info: { attempts: number; waitMs: number; now: Date }) => Promise<void>;

export const signInAlertMail = (to: string, info: { attempts: number; waitMs: number; now: Date }, site = { name: siteConfig.name, url: siteConfig.url }) => ({
  kind: 'staff-signin-alert',
  to,
  subject: `${site.name}: failed sign-ins to your staff account`,
  text: [
    `There have been ${info.attempts} failed attempts to sign in to the staff account ${to} (last at ${info.now.toISOString()}).`,
    '',
    `Further attempts now have to wait, starting at ${Math.max(1, Math.round(info.waitMs / 1000))} seconds and growing with each failure.`,
    'If this was you, wait and try again. If it was not, your password is still safe while it is not guessed:',
    `consider changing it after you sign in at ${site.url}/staff/password, and tell whoever runs the site.`,
  ].join('\n'),
});

export const queueSignInAlert: ThrottleAlert = async (db, to, info) => {
  await queueMail(db, signInAlertMail(to, info), { now: info.now, siteUrl: siteConfig.url });
};
