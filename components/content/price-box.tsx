import { Link } from '@/components/ui/link';
import { describePrice, siteConfig, type PriceKey, type PriceEntry } from '@/lib/site-config';

export function PriceBox({ priceKey }: { priceKey: PriceKey }) {
  const entry: PriceEntry = siteConfig.prices[priceKey];
  const consultation = siteConfig.prices.consultation;
  return (
    <div className="not-prose rounded-lg border border-line bg-white p-5">
      <p className="font-semibold text-ink">{entry.label}</p>
      <p className="mt-1 text-2xl font-semibold text-brand-800">{describePrice(priceKey)}</p>
      <p className="mt-2 text-sm text-muted">
        {entry.kind === 'not-offered' ? entry.reason : `The price includes ${entry.includes}`}
      </p>
      <p className="mt-3 text-sm text-muted">
        A first consultation costs {describePrice('consultation')} and includes {consultation.includes} Most UK private
        insurers do not cover these injections: check with yours before you book.{' '}
        <Link href="/book" className="text-brand-700 underline">Book a consultation</Link>
      </p>
    </div>
  );
}
