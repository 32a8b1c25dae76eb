import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';
import { headers } from 'next/headers';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { BookingForm } from '@/components/booking/booking-form';
import { getBookingDeps } from '@/lib/booking/server';
import { newFormToken } from '@/lib/booking/form-token';
import { STATE_HEADER, unsealFormState } from '@/lib/booking/form-state';
import { treatmentChoices } from '@/lib/content/treatment-choices';
import { siteConfig } from '@/lib/site-config';
import { healthConsentText, marketingConsentText } from '@/lib/validations/booking';
import { JsonLd } from '@/components/seo/json-ld';
import { medicalClinicJsonLd } from '@/lib/seo/structured-data';
import { discussPrefill, parseDiscuss } from '@/lib/content/discuss';
import { NOT_SURE } from '@/lib/validations/booking-fields';

const description = `Ask for a consultation with a specialist at ${siteConfig.name}. We reply within 2 working days.`;

/** A refused no-JavaScript submission re-renders this page with its state (see app/book/submit). */
async function refusedState() {
  const sealed = (await headers()).get(STATE_HEADER);
  if (!sealed) return null;
  const { secret } = await getBookingDeps();
  return unsealFormState(secret, sealed);
}

export async function generateMetadata(): Promise<Metadata> {
  const state = await refusedState();
  // GOV.UK: prefix the title so screen reader users hear at once that something needs fixing.
  return pageMetadata({ title: state ? 'Error: Book a consultation' : 'Book a consultation', description, path: '/book' });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookPage({ searchParams }: Props) {
  const deps = await getBookingDeps();
  const state = await refusedState();
  // Options chosen on /compare pre-fill the form; nothing is stored until the patient sends it.
  const prefill = discussPrefill(parseDiscuss((await searchParams).discuss), NOT_SURE);
  return (
    <Container className="py-10">
      <div className="mb-6">
        <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/book', label: 'Book a consultation' }]} />
      </div>
      <JsonLd data={medicalClinicJsonLd()} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink sm:text-4xl">Book a consultation</h1>
        <div id="form-intro" className="mt-4 space-y-3 text-lg text-ink">
          <p>
            Tell us a little about your joint problem and we will contact you within 2 working days to arrange a
            consultation with a specialist. Sending this form does not commit you to anything.
          </p>
          <p className="text-muted">
            All fields are required unless marked optional. If you prefer, phone us on{' '}
            <a href={`tel:${siteConfig.phone.e164}`} className="font-semibold text-brand-700 underline underline-offset-2">
              {siteConfig.phone.display}
            </a>
            .
          </p>
        </div>
        <BookingForm
          initial={
            state
              ? { status: 'error', ...state }
              : { status: 'idle', message: null, errors: {}, values: prefill, token: newFormToken(deps.secret) }
          }
          treatments={treatmentChoices()}
          consentText={healthConsentText(siteConfig.name)}
          marketingText={marketingConsentText(siteConfig.name)}
          phone={siteConfig.phone.display}
        />
        <p className="mt-10 text-muted">
          Read how we use your information in our{' '}
          <Link href="/privacy" className="font-semibold text-brand-700 underline underline-offset-2">
            privacy notice
          </Link>
          .
        </p>
      </div>
    </Container>
  );
}
