/**
 * The privacy notice (UK GDPR Art. 13), generated from siteConfig so the retention period,
 * processors and notice version shown here are the ones the code uses.
 */
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { siteConfig } from '@/lib/site-config';
import { healthConsentText, marketingConsentText } from '@/lib/validations/booking';

export const metadata: Metadata = pageMetadata({
  title: 'Privacy notice',
  description: `How ${siteConfig.name} uses the information you give us, and your rights.`,
  path: '/privacy',
});

const p = siteConfig.privacy;
const months = p.retentionMonths;
const link = 'font-semibold text-brand-700 underline underline-offset-2 hover:text-ink';

export default function PrivacyPage() {
  const addr = siteConfig.address;
  return (
    <Container className="py-10">
      <div className="mb-6">
        <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/privacy', label: 'Privacy notice' }]} />
      </div>
      <article className="prose prose-lg max-w-3xl prose-headings:text-ink prose-p:text-ink prose-li:text-ink prose-a:text-brand-700">
        <h1>Privacy notice</h1>
        <p>
          This notice explains what we do with the information you give us when you ask for a consultation, and your
          rights. Version <strong data-testid="notice-version">{p.noticeVersion}</strong>.
        </p>

        <h2 id="controller">Who we are</h2>
        <p>
          {siteConfig.name}, {addr.street}, {addr.locality} {addr.postalCode}, {addr.countryName}, is the controller of
          your personal information. Contact us about your information at{' '}
          <a className={link} href={`mailto:${p.dataProtectionContact}`}>
            {p.dataProtectionContact}
          </a>{' '}
          or on {siteConfig.phone.display}.
        </p>

        <h2 id="what">What we collect</h2>
        <p>
          Through the booking form: your name, email address, phone number (only if you would like a call), how you
          would like to be contacted, the treatment and joint you are interested in, your message, the days and times
          that suit you and, if you choose to tell us, how you heard of us. The joint, treatment and message are{' '}
          <strong>health information</strong>, a special category of personal data. We ask only for what we need to
          respond to you. Giving it is up to you, but without your contact details and consent we cannot respond to a
          request made through the form; you can always phone us instead.
        </p>
        <p data-testid="technical-data">
          When you use this website, our web server records your device’s <strong>IP address</strong>, the time and the
          page asked for, in access logs kept for <strong>{p.accessLogDays} days</strong> to keep the site secure and
          find faults. To stop the booking form being misused, we also count for a short time how many requests come from
          each IP address, and how many confirmation emails each email address has been sent in the last day. Lawful
          basis: our legitimate interest in keeping the service secure and working (UK GDPR Article 6(1)(f)).
        </p>
        <p data-testid="staff-records">
          When our staff handle your request, they record its <strong>status</strong> (for example contacted or booked)
          and may add short <strong>notes</strong> about how it was handled; both are kept with your request and deleted
          with it. We also log which staff member viewed, changed or exported requests, and when, so that access to your
          information can be checked; that log does not contain what you wrote.
        </p>

        <h2 id="your-link">Your private link, appointments and reminders</h2>
        <p data-testid="manage-link">
          Your confirmation email contains a <strong>private link</strong> to your request. It shows the state of your
          request and any appointment we offer, and lets you accept the appointment, ask for another time, cancel, or
          withdraw your consent and have your request deleted. There is no account or password: the link contains a long
          random code, and we keep only a scrambled form of it (a hash), which cannot be turned back into the link. Anyone
          who has the link can use it, so please keep it to yourself. It stops working after{' '}
          <strong data-testid="link-lifetime">{months} months</strong>, when your request is deleted, or at once if you
          withdraw your consent. Every change asks you to confirm first. Pages opened from it set no cookie.
        </p>
        <p>
          If we offer you an appointment, we email you the date, time, clinician and place with a calendar invitation, and
          reminders {siteConfig.appointments.reminderDaysBefore.map((d) => (d === 1 ? '1 day' : `${d} days`)).join(' and ')} before (never between{' '}
          {siteConfig.appointments.quietHours.start} and {siteConfig.appointments.quietHours.end}). If the appointment is
          cancelled, the reminders are not sent and the invitation is withdrawn from your calendar.
        </p>

        <h2 id="purposes">Why we use it, and our lawful bases</h2>
        <ul>
          <li>
            <strong>To respond to your request and arrange a consultation.</strong> Lawful basis: taking steps at your
            request before entering into a contract (UK GDPR Article 6(1)(b)). For the health information you give us,
            your <strong>explicit consent</strong> (Article 9(2)(a)), which you give by ticking the box: “
            {healthConsentText(siteConfig.name)}”
          </li>
          <li>
            <strong>To send you news about our services, only if you tick the separate, optional box.</strong> Lawful
            basis: your consent (Article 6(1)(a) and the Privacy and Electronic Communications Regulations, regulation
            22): “{marketingConsentText(siteConfig.name)}”
          </li>
          <li>
            <strong>To show that you consented.</strong> We keep a record of the statement you agreed to, this
            notice’s version and the time (Article 7(1)).
          </li>
        </ul>

        <h2 id="recipients">Who receives it</h2>
        <p>
          Only our clinical and administrative staff read your request. Our email notifications to staff carry a
          reference number, not your health information. These organisations process information on our behalf, under
          contract and only on our instructions:
        </p>
        <ul>
          {p.processors.map((proc) => (
            <li key={proc.name}>
              <strong>{proc.name}</strong>: {proc.purpose} ({proc.location}).
            </li>
          ))}
        </ul>
        <p>
          We do not sell your information, and this website has no advertising, analytics or tracking code. We do not
          transfer your information outside the United Kingdom
          {p.processors.every((x) => x.location === 'United Kingdom') ? '' : ' except as listed above, with appropriate safeguards'}.
        </p>

        <h2 id="retention">How long we keep it</h2>
        <p>
          If a request does not lead to you becoming a patient, we delete it, with its consent record, any appointment
          and your private link, after <strong data-testid="retention">{months} months</strong>, or sooner if you
          withdraw your consent. If you become a patient, your information becomes
          part of your medical record, which we keep for as long as the law requires.
        </p>

        <h2 id="rights">Your rights</h2>
        <p>You have the right to:</p>
        <ul>
          <li>ask for a copy of your information (access);</li>
          <li>have inaccurate information corrected (rectification);</li>
          <li>have your information deleted (erasure);</li>
          <li>ask us to limit how we use it (restriction);</li>
          <li>object to how we use it;</li>
          <li>receive it in a portable format (portability);</li>
          <li>
            <strong>withdraw your consent at any time</strong>, as easily as you gave it: with the button on the page your
            private link opens, by email to{' '}
            <a className={link} href={`mailto:${p.dataProtectionContact}`}>
              {p.dataProtectionContact}
            </a>{' '}
            or by phone on {siteConfig.phone.display}. Withdrawing does not affect what we did before.
          </li>
        </ul>
        <p data-testid="erasure">
          <strong>When you withdraw your consent through your link</strong>, we delete at once your request, its consent
          record, our staff’s notes about it, any appointment and every email we have queued or sent about it, and your
          link stops working. We keep only a note that request <em>reference number</em> was withdrawn on that date, with
          no name, contact details or health information, so our staff know what happened. We send you one last email to
          confirm; your email address is kept only in that one message until it has been sent, and is deleted the next day
          (or, if it cannot be delivered, after {months} months).
        </p>

        <h2 id="complaints">Complaints</h2>
        <p>
          Please tell us first if you are unhappy with how we have used your information. You also have the right to
          complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator:{' '}
          <a className={link} href="https://ico.org.uk/make-a-complaint/">
            ico.org.uk/make-a-complaint
          </a>{' '}
          or 0303 123 1113.
        </p>

        <h2 id="changes">Changes to this notice</h2>
        <p>
          This is version {p.noticeVersion} of this notice. When we change it, we change the version, and we record
          which version was in place when you gave your consent. <Link className={link} href="/book">Book a consultation</Link>.
        </p>
      </article>
    </Container>
  );
}
