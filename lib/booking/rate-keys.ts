/**
 * What a booking is counted against: the client's trusted address, the recipient's email and
 * phone (so changing the address, or spoofing one, does not give a fresh allowance for the same
 * person), and one site-wide key for the hourly ceiling. Pure.
 */
export const SITE_KEY = 'booking:site';

/** Lower-cased, without a `+tag` in the local part (which reaches the same mailbox). */
export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at < 1) return e;
  return `${e.slice(0, at).replace(/\+.*$/, '')}${e.slice(at)}`;
}

/** The last nine digits: the same number written with +44, 0044 or 0, spaces or dashes is one key. */
export function normalisePhone(phone: string): string {
  return phone.replace(/\D/g, '').slice(-9);
}

export function bookingRateKeys(client: string, email: string, phone: string): string[] {
  const keys = [`booking:addr:${client}`, `booking:email:${normaliseEmail(email)}`];
  const digits = normalisePhone(phone);
  if (digits) keys.push(`booking:phone:${digits}`);
  return keys;
}
