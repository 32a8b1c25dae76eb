import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/layout/container';
import { knownConfirmationReference } from '@/lib/booking/confirmation-gate';
import { siteConfig } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Request received',
  robots: { index: false, follow: false },
};

export default async function ConfirmationPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const { ref } = await searchParams;
  // Only real references get a confirmation: the page cannot be used to fake one. The proxy has
  // already sent unknown ones to the not-found page; this is the same check, kept with the page.
  const reference = await knownConfirmationReference(Array.isArray(ref) ? ref[0] : ref);
  if (!reference) notFound();

  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <div className="rounded-sm bg-brand-700 px-6 py-8 text-center text-white">
          <h1 className="text-3xl font-bold sm:text-4xl">Request received</h1>
          <p className="mt-4 text-lg">Your reference number is</p>
          <p className="mt-1 text-2xl font-bold tracking-wider" data-testid="reference">
            {reference}
          </p>
        </div>
        <div className="mt-8 space-y-4 text-lg text-ink">
          <p>We have sent a confirmation to your email address. Please quote your reference if you contact us.</p>
          <h2 className="pt-2 text-2xl font-bold">What happens next</h2>
          <ol className="list-decimal space-y-2 pl-6">
            <li>A member of our team will read your request.</li>
            <li>We will contact you the way you asked, within 2 working days, to arrange a consultation.</li>
            <li>
              At the consultation a specialist will examine your joint and talk through your options, including
              treatments we do not offer. There is no obligation to have any procedure.
            </li>
          </ol>
          <p>
            If you do not hear from us, or want to change or withdraw your request, phone{' '}
            <a href={`tel:${siteConfig.phone.e164}`} className="font-semibold text-brand-700 underline underline-offset-2">
              {siteConfig.phone.display}
            </a>{' '}
            or email{' '}
            <a href={`mailto:${siteConfig.email}`} className="font-semibold text-brand-700 underline underline-offset-2">
              {siteConfig.email}
            </a>
            .
          </p>
          <p>
            <Link href="/" className="font-semibold text-brand-700 underline underline-offset-2">
              Return to the home page
            </Link>
          </p>
        </div>
      </div>
    </Container>
  );
}
