/**
 * Accessibility statement. What it says about testing is what scripts/test-all.sh runs: keep the
 * two in step (tests/e2e/a11y.spec.ts, tests/e2e/keyboard.spec.ts, scripts/check-html.ts,
 * scripts/lighthouse-gate.ts).
 */
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { siteConfig } from '@/lib/site-config';

export const metadata: Metadata = pageMetadata({
  title: 'Accessibility statement',
  description: `How accessible the ${siteConfig.name} website is, how we test it, what we know is not yet right and how to tell us about a problem.`,
  path: '/accessibility',
});

/** The day this statement was last reviewed against the site. */
const REVIEWED = '25 November 2026';
const link = 'font-semibold text-brand-700 underline underline-offset-2 hover:text-ink';

export default function AccessibilityPage() {
  const { phone, email, address } = siteConfig;
  return (
    <Container className="py-10">
      <div className="mb-6">
        <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/accessibility', label: 'Accessibility statement' }]} />
      </div>
      <article className="prose prose-lg max-w-3xl prose-headings:text-ink prose-p:text-ink prose-li:text-ink prose-a:text-brand-700">
        <h1>Accessibility statement</h1>
        <p>
          We want everyone who is thinking about treatment for joint pain to be able to read this website and ask us for
          a consultation, whatever device or assistive technology they use. This statement covers every page on this
          website. It was last reviewed on {REVIEWED}.
        </p>

        <h2 id="standard">The standard we aim for</h2>
        <p>
          We aim to meet the{' '}
          <a className={link} href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines (WCAG) 2.2
          </a>{' '}
          at level AA. You should be able to:
        </p>
        <ul>
          <li>zoom text to 200% and use the site on a small phone screen without scrolling sideways;</li>
          <li>reach every link, the booking form and its button with a keyboard alone, and always see where you are;</li>
          <li>skip straight past the menu to the main content;</li>
          <li>read everything with a screen reader, with headings, lists, tables and form fields properly labelled;</li>
          <li>turn off animations: the site respects your device&apos;s &ldquo;reduce motion&rdquo; setting;</li>
          <li>read articles and treatment pages without JavaScript: they do not need it.</li>
        </ul>

        <h2 id="how-we-test">How we test</h2>
        <p>Every change to the site must pass these automated checks before it is published:</p>
        <ul>
          <li>
            the axe accessibility engine on every page, on a 360-pixel phone screen and a desktop screen, against the
            WCAG 2.0, 2.1 and 2.2 A and AA rules, including colour contrast;
          </li>
          <li>
            keyboard tests that move through the header, an article&apos;s table of contents and the booking form, and
            check the skip link and that the focused item is clearly outlined;
          </li>
          <li>an HTML validator (the Nu Html Checker) on every page, with no errors allowed;</li>
          <li>Lighthouse on the main page types, where the accessibility score must be 100.</li>
        </ul>
        <p>
          Automated tools find only some problems. We also check new page types by hand with a keyboard and a screen
          reader.
        </p>

        <h2 id="known-limits">What we know is not yet right</h2>
        <ul>
          <li>
            Some references link to research papers and regulators&apos; websites. We do not control those pages and
            some of them, particularly PDF documents, may not be accessible.
          </li>
          <li>
            Diagrams have text descriptions, but the more detailed ones are easier to follow in the text of the page
            around them.
          </li>
          <li>The site has no dark colour scheme yet; your browser or device&apos;s own contrast settings still work.</li>
          <li>We have not yet had the site audited by disabled users or an independent accessibility specialist.</li>
        </ul>

        <h2 id="contact">Tell us about a problem</h2>
        <p>
          If you find something hard to use, or need information in another format such as large print or an audio
          recording, contact us and we will reply within five working days:
        </p>
        <ul>
          <li>
            email{' '}
            <a className={link} href={`mailto:${email}`}>
              {email}
            </a>
          </li>
          <li>
            phone{' '}
            <a className={link} href={`tel:${phone.e164}`}>
              {phone.display}
            </a>
          </li>
          <li>
            write to {siteConfig.name}, {address.street}, {address.locality} {address.postalCode}
          </li>
        </ul>
        <p>
          You can also <Link className={link} href="/book">ask for a consultation</Link> and tell us in the message how
          we can make your visit easier.
        </p>
      </article>
    </Container>
  );
}
