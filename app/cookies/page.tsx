/**
 * Cookie page. It must match what the site actually does: tests/e2e/security-headers.spec.ts
 * checks that no page sets a cookie, writes browser storage or requests another origin.
 * If staff sign-in adds a session cookie, list it in `cookies` below.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { Container } from '@/components/layout/container';
import { siteConfig } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Cookies',
  description: `${siteConfig.name} sets no cookies and uses no analytics or third-party services.`,
};

/** Every cookie the site sets. Empty: no page or form sets one. */
const cookies: { name: string; purpose: string; expires: string }[] = [];
const link = 'font-semibold text-brand-700 underline underline-offset-2 hover:text-ink';

export default function CookiesPage() {
  return (
    <Container className="py-10">
      <article className="prose prose-lg max-w-3xl prose-headings:text-ink prose-p:text-ink prose-li:text-ink prose-a:text-brand-700">
        <h1>Cookies</h1>
        {cookies.length === 0 ? (
          <p data-testid="cookie-summary">
            <strong>This website does not set any cookies.</strong> That is why we do not show a cookie banner.
          </p>
        ) : (
          <table>
            <caption>Cookies this website sets</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Purpose</th>
                <th scope="col">Expires</th>
              </tr>
            </thead>
            <tbody>
              {cookies.map((c) => (
                <tr key={c.name}>
                  <td>{c.name}</td>
                  <td>{c.purpose}</td>
                  <td>{c.expires}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

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

        <h2 id="changes">If this changes</h2>
        <p>
          If we ever need a cookie, for example to keep clinic staff signed in to a staff-only area, it will be strictly
          necessary, used only for that purpose, and listed on this page before it is used. We will not add analytics or
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
