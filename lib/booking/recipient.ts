/**
 * One key per mailbox, for counting what the clinic sends to it: case, a "+tag" and (for Gmail,
 * which ignores them) dots in the local part all reach the same person, so varying them must not
 * earn more confirmations.
 */
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export function recipientKey(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address.trim().toLowerCase();
  let local = address.slice(0, at).trim().toLowerCase();
  let domain = address.slice(at + 1).trim().toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}
