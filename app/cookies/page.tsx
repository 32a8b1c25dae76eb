/**
 * Cookie page. It must match what the site actually does: tests/e2e/security-headers.spec.ts
 * checks that no public page sets a cookie, writes browser storage or requests another origin, and
 * that every cookie the code sets (the staff session cookie, lib/staff/cookies.ts) is listed here.
 * In GitHub mode the web editor (Keystatic) sets two more, for staff only; they are listed then.
 */
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { siteConfig } from '@/lib/site-config';
import { staffConfig } from '@/lib/staff/config';
import { SESSION_COOKIE } from '@/lib/staff/cookies';
import { editorStorage } from '@/lib/publishing/storage';

export const metadata: Metadata = pageMetadata({
  title: 'Cookies',
  description: `${siteConfig.name} sets no cookies for patients or visitors and uses no analytics or third-party services.`,
  path: '/cookies',
});

const staff = staffConfig();

/** Every cookie the site sets. */
const cookies: { name: string; who: string; purpose: string; expires: string }[] = [
  {
    name: SESSION_COOKIE,
    who: 'Clinic staff who sign in to the staff area only',
    purpose:
      'Keeps a member of staff signed in. It is sent only to the staff area and the staff content editor, cannot be read by scripts and is never sent with requests from other websites.',
    expires: `When the member of staff signs out, after ${Math.round(staff.idleMs / 60_000)} minutes without activity, or ${Math.round(staff.absoluteMs / 3_600_000)} hours after signing in, whichever comes first`,
  },
  // Set by Keystatic's GitHub sign-in (its own code: Path=/, SameSite=Lax); only when the editor publishes through GitHub.
  ...(editorStorage(process.env).kind === 'github'
    ? [
        {
          name: 'keystatic-gh-access-token',
          who: 'Clinic staff who sign in to the content editor with GitHub only',
          purpose: 'Lets the content editor save changes to GitHub on behalf of the member of staff. The editor’s scripts read it.',
          expires: 'When GitHub’s access token expires (8 hours by default)',
        },
        {
          name: 'keystatic-gh-refresh-token',
          who: 'Clinic staff who sign in to the content editor with GitHub only',
          purpose: 'Renews the editor’s GitHub access without signing in again. Encrypted; cannot be read by scripts.',
          expires: 'When GitHub’s refresh token expires (6 months by default)',
        },
      ]
    : []),
];
const link = 'font-semibold text-brand-700 underline underline-offset-2 hover:text-ink';

export default function CookiesPage() {
  return (
    <Container className="py-10">
      <div className="mb-6">
        <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/cookies', label: 'Cookies' }]} />
      </div>
      <article className="prose prose-lg max-w-3xl prose-headings:text-ink prose-p:text-ink prose-li:text-ink prose-a:text-brand-700">
        <h1>Cookies</h1>
        <p data-testid="cookie-summary">
          <strong>This website does not set any cookies for patients or visitors.</strong> Reading the site, searching it
          and asking for a consultation set no cookies and store nothing in your browser. That is why we do not show a
          cookie banner.
        </p>

        {cookies.length === 1 ? (
          <>
            <h2 id="staff">The one cookie: for clinic staff</h2>
            <p>
              Clinic staff who sign in to the staff area get one cookie. It is strictly necessary for that sign-in to
              work, so it does not need consent, and it is never set for anyone else.
            </p>
          </>
        ) : (
          <>
            <h2 id="staff">Cookies for clinic staff only</h2>
            <p>
              Clinic staff who sign in to the staff area get one cookie, and two more if they sign in to the content
              editor with GitHub. They are strictly necessary for those sign-ins to work, so they do not need consent,
              and they are never set for anyone else.
            </p>
          </>
        )}
        <table>
          <caption className="sr-only">Cookies this website sets</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Who gets it</th>
              <th scope="col">Purpose</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {cookies.map((c) => (
              <tr key={c.name}>
                <td>
                  <code>{c.name}</code>
                </td>
                <td>{c.who}</td>
                <td>{c.purpose}</td>
                <td>{c.expires}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 id="what-we-do-not-use">What we do not use</h2>
        <ul>
          <li>No analytics or visitor tracking, so we do not count or follow your visits.</li>
          <li>No advertising, social media buttons or embedded videos.</li>
          <li>
            No third-party services in your browser: fonts, images and scripts all come from this website, and our
            security settings stop the browser loading anything from anywhere else.
          </li>
          <li>Nothing is stored in your browser&apos;s local or session storage.</li>
        </ul>

        <h2 id="booking-form">The booking form</h2>
        <p>
          Asking for a consultation does not set a cookie either. What you type is sent to us once, when you press the
          button, and kept as our{' '}
          <Link className={link} href="/privacy">
            privacy notice
          </Link>{' '}
          explains.
        </p>

        <h2 id="manage-link">Your private link to your request</h2>
        <p data-testid="manage-link-cookies">
          The link in your confirmation email, which shows your request and lets you answer an appointment, cancel or
          withdraw your consent, does not set a cookie either. It works because of the long random code in the link
          itself, so anyone with the link can use it: keep it to yourself. Pages opened from it tell no other website
          where you came from, and are not stored by your browser&apos;s cache.
        </p>

        <h2 id="changes">If this changes</h2>
        <p>
          If we ever need another cookie it will be listed on this page before it is used. We will not add analytics or
          advertising cookies without asking for your consent first.
        </p>
        <p>
          Questions about cookies or your information:{' '}
          <a className={link} href={`mailto:${siteConfig.privacy.dataProtectionContact}`}>
            {siteConfig.privacy.dataProtectionContact}
          </a>
          .
        </p>
      </article>
    </Container>
  );
}
