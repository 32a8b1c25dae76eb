/**
 * The two messages each request produces. Neither carries health details (privacy.md): staff get
 * the reference and where to read the request; the patient gets their reference and what happens
 * next, greeted by first name only (see firstName). Pure functions, so their content is easy to test.
 */
import { escapeHtml } from '@/lib/text/escape-html';

export type Identity = { name: string; email: string; phone: string; url: string };
export type Mail = { kind: 'staff-notification' | 'patient-confirmation'; to: string; subject: string; text: string; html: string | null };

export function staffNotification(opts: { reference: string; receivedAt: Date; to: string; site: Identity }): Mail {
  const when = formatWhen(opts.receivedAt);
  const text = [
    `A new consultation request has arrived.`,
    ``,
    `Reference: ${opts.reference}`,
    `Received: ${when}`,
    ``,
    `The request's details are kept in the clinic's system only, not in this email.`,
    `Open the staff area to read it: ${opts.site.url}/staff`,
  ].join('\n');
  return { kind: 'staff-notification', to: opts.to, subject: `New consultation request ${opts.reference}`, text, html: null };
}

export function patientConfirmation(opts: {
  reference: string;
  fullName: string;
  to: string;
  contactMethod: 'email' | 'phone';
  site: Identity;
}): Mail {
  const how = opts.contactMethod === 'phone' ? 'phone you' : 'email you';
  const first = firstName(opts.fullName);
  const greeting = first ? `Dear ${first},` : 'Hello,';
  const text = [
    greeting,
    ``,
    `Thank you for your consultation request. We have received it.`,
    ``,
    `Your reference number is ${opts.reference}. Please quote it if you contact us.`,
    ``,
    `What happens next`,
    `- A member of our team will ${how} within 2 working days to arrange a time.`,
    `- There is no charge and no obligation until you book a consultation.`,
    `- If you would like to change or withdraw your request, or withdraw your consent, reply to this email or call ${opts.site.phone}.`,
    ``,
    `How we use your information: ${opts.site.url}/privacy`,
    ``,
    `${opts.site.name}`,
    `${opts.site.phone} · ${opts.site.email}`,
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${e(`Your consultation request ${opts.reference}`)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1c2628; line-height: 1.5;">
<p>${e(greeting)}</p>
<p>Thank you for your consultation request. We have received it.</p>
<p>Your reference number is <strong>${e(opts.reference)}</strong>. Please quote it if you contact us.</p>
<h2 style="font-size: 1.2em;">What happens next</h2>
<ul>
<li>A member of our team will ${e(how)} within 2 working days to arrange a time.</li>
<li>There is no charge and no obligation until you book a consultation.</li>
<li>If you would like to change or withdraw your request, or withdraw your consent, reply to this email or call ${e(opts.site.phone)}.</li>
</ul>
<p><a href="${e(opts.site.url)}/privacy">How we use your information</a></p>
<p>${e(opts.site.name)}<br>${e(opts.site.phone)} · ${e(opts.site.email)}</p>
</body></html>`;
  return {
    kind: 'patient-confirmation',
    to: opts.to,
    subject: `Your consultation request ${opts.reference}`,
    text,
    html,
  };
}

/**
 * The only words of the sender's own the confirmation repeats: the first word of the name, when it
 * is plainly a name (letters, with apostrophes or hyphens inside, at most 30 characters). The mail
 * goes to whatever address was typed, so anything longer or stranger could turn the clinic's own
 * email into someone else's message; then the greeting carries no name at all.
 */
export function firstName(fullName: string): string | null {
  const word = fullName.trim().split(/\s+/u)[0] ?? '';
  return /^\p{L}[\p{L}\p{M}'’-]{0,29}$/u.test(word) && /[\p{L}\p{M}]$/u.test(word) ? word : null;
}

function formatWhen(d: Date) {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(d);
}
