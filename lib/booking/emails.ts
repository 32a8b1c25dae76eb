/**
 * The two messages each request produces. Neither carries health details (privacy.md): staff get
 * the reference and where to read the request; the patient gets their reference and what happens
 * next, greeted by first name only (see firstName). Pure functions, so their content is easy to test.
 */
import { escapeHtml } from '@/lib/text/escape-html';

export type Identity = { name: string; email: string; phone: string; url: string };
export type MailKind =
  | 'staff-notification'
  | 'patient-confirmation'
  | 'appointment-invite'
  | 'appointment-reminder'
  | 'appointment-cancelled'
  | 'patient-erasure';
export type Mail = { kind: MailKind; to: string; subject: string; text: string; html: string | null };

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
  /** The patient's private manage link (see manage-token.ts). */
  manageUrl?: string;
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
    opts.manageUrl
      ? `- To see your request, answer an appointment we offer, cancel, or withdraw your consent and delete your request, use your private link (keep it to yourself): ${opts.manageUrl}`
      : `- If you would like to change or withdraw your request, or withdraw your consent, reply to this email or call ${opts.site.phone}.`,
    ...(opts.manageUrl ? [`- Or reply to this email or call ${opts.site.phone}.`] : []),
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
${
    opts.manageUrl
      ? `<li>To see your request, answer an appointment we offer, cancel, or withdraw your consent and delete your request, use <a href="${e(opts.manageUrl)}">your private link</a>. Keep it to yourself.</li>
<li>Or reply to this email or call ${e(opts.site.phone)}.</li>`
      : `<li>If you would like to change or withdraw your request, or withdraw your consent, reply to this email or call ${e(opts.site.phone)}.</li>`
  }
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

export type AppointmentText = { when: string; clinician: string; place: string; videoUrl: string | null };

function appointmentLines(a: AppointmentText): string[] {
  return [`When: ${a.when} (UK time)`, `With: ${a.clinician}`, `Where: ${a.place}`, ...(a.videoUrl ? [`Video link: ${a.videoUrl}`] : [])];
}

function plainMail(kind: MailKind, to: string, subject: string, lines: string[], site: Identity): Mail {
  const text = [...lines, ``, `${site.name}`, `${site.phone} · ${site.email}`].join('\n');
  return { kind, to, subject, text, html: null };
}

/** The offer (or a new time): the calendar invite travels with it as a text/calendar part. */
export function appointmentInvite(opts: { reference: string; to: string; appointment: AppointmentText; manageUrl: string; changed: boolean; site: Identity }): Mail {
  return plainMail(
    'appointment-invite',
    opts.to,
    `${opts.changed ? 'New time for your consultation' : 'Your consultation'} ${opts.reference}`,
    [
      'Hello,',
      ``,
      opts.changed ? 'We have changed the time of your consultation. The new details are:' : 'We would like to offer you this consultation:',
      ``,
      ...appointmentLines(opts.appointment),
      ``,
      `Your calendar can add it from the invite attached to this email.`,
      `To accept it, ask for another time or cancel, use your private link: ${opts.manageUrl}`,
      ``,
      `Reference: ${opts.reference}`,
    ],
    opts.site,
  );
}

export function appointmentReminder(opts: { reference: string; to: string; appointment: AppointmentText; daysBefore: number; manageUrl: string; site: Identity }): Mail {
  const when = opts.daysBefore === 1 ? 'tomorrow' : `in ${opts.daysBefore} days`;
  return plainMail(
    'appointment-reminder',
    opts.to,
    `Reminder: your consultation ${when}`,
    [
      'Hello,',
      ``,
      `This is a reminder of your consultation ${when}:`,
      ``,
      ...appointmentLines(opts.appointment),
      ``,
      `If you cannot come, please tell us using your private link: ${opts.manageUrl}`,
      `or call ${opts.site.phone}.`,
      ``,
      `Reference: ${opts.reference}`,
    ],
    opts.site,
  );
}

export function appointmentCancelled(opts: { reference: string; to: string; appointment: AppointmentText; byPatient: boolean; site: Identity }): Mail {
  return plainMail(
    'appointment-cancelled',
    opts.to,
    `Consultation cancelled ${opts.reference}`,
    [
      'Hello,',
      ``,
      opts.byPatient ? 'As you asked, this consultation is cancelled:' : 'We are sorry: we have had to cancel this consultation:',
      ``,
      ...appointmentLines(opts.appointment),
      ``,
      opts.byPatient ? 'The attached update removes it from your calendar.' : 'The attached update removes it from your calendar. We will contact you to arrange another time.',
      ``,
      `Reference: ${opts.reference}`,
    ],
    opts.site,
  );
}

/**
 * The last message after a patient withdrew consent and their request was erased. It carries no
 * name and no health details, only the reference; its queued copy is the one place the address
 * survives, until the daily purge removes it once sent.
 */
export function erasureConfirmation(opts: { reference: string; to: string; site: Identity }): Mail {
  return plainMail(
    'patient-erasure',
    opts.to,
    `Your request ${opts.reference} has been deleted`,
    [
      'Hello,',
      ``,
      `As you asked, you have withdrawn your consent and we have deleted your consultation request ${opts.reference},`,
      `its consent record, any appointment and the emails we had not yet sent. Your private link no longer works.`,
      ``,
      `We keep only a note that request ${opts.reference} was withdrawn on this date, with no name or contact details,`,
      `so our staff know what happened. This email is the last we will send you.`,
      ``,
      `If you did not ask for this, or want to book again, call ${opts.site.phone}.`,
      `How we use your information: ${opts.site.url}/privacy`,
    ],
    opts.site,
  );
}
