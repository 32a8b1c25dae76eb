import { Link } from '@/components/ui/link';
import { siteConfig } from '@/lib/site-config';
import { Container } from './container';

export function SiteFooter() {
  const { address, phone, email, registrations } = siteConfig;
  return (
    <footer className="render-when-near mt-16 border-t border-line bg-white text-sm text-muted">
      <Container className="grid gap-8 py-10 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-ink">{siteConfig.name}</p>
          <address className="mt-2 not-italic leading-relaxed">
            {address.street}
            <br />
            {address.locality} {address.postalCode}
            <br />
            {address.countryName}
          </address>
          <p className="mt-2">
            Phone: <a href={`tel:${phone.e164}`} className="text-brand-700 underline">{phone.display}</a>
            <br />
            Email: <a href={`mailto:${email}`} className="text-brand-700 underline">{email}</a>
          </p>
        </div>
        <div>
          <p className="font-semibold text-ink">Registration</p>
          <ul className="mt-2 space-y-1">
            {registrations.map((r) => (
              <li key={r.label}>
                {r.label}: {r.value}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-semibold text-ink">About this site</p>
          <ul className="mt-2 space-y-1">
            <li><Link href="/privacy" className="text-brand-700 underline">Privacy notice</Link></li>
            <li><Link href="/cookies" className="text-brand-700 underline">Cookies</Link></li>
            <li><Link href="/accessibility" className="text-brand-700 underline">Accessibility statement</Link></li>
            <li><Link href="/clinicians" className="text-brand-700 underline">Who writes and reviews our pages</Link></li>
            <li><Link href="/compare" className="text-brand-700 underline">Compare your options</Link></li>
          </ul>
          <p className="mt-3">
            Information on this site is general and does not replace advice from a clinician who has examined you.
          </p>
        </div>
      </Container>
    </footer>
  );
}
