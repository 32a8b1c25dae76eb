import { Link } from '@/components/ui/link';
import { bookingHref } from '@/lib/content/discuss';
import type { OptionId } from '@/lib/content/evidence';

/**
 * The booking call. `topic` comes from data with its article ("a bone marrow concentrate (BMAC)
 * injection"), never built from a page title; `discuss` carries the option into the booking form.
 */
export function BookingCta({ topic, discuss }: { topic?: string; discuss?: OptionId }) {
  return (
    <section aria-labelledby="booking-cta" className="mt-12 rounded-lg border border-brand-100 bg-white px-6 py-6">
      <h2 id="booking-cta" className="text-xl font-semibold">Talk it through with a specialist</h2>
      <p className="mt-2 text-muted">
        A consultation is the place to ask whether {topic ?? 'a treatment'} makes sense for your joint, what else you
        could try, and what it would cost. There is no obligation to have any procedure.
      </p>
      <p className="mt-2 text-muted">
        Before you decide, you can{' '}
        <Link href="/compare" className="font-semibold text-brand-700 underline">
          compare your options
        </Link>{' '}
        for knee and hip arthritis side by side.
      </p>
      <Link
        href={bookingHref(discuss ? [discuss] : [])}
        className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
      >
        Book a consultation
      </Link>
    </section>
  );
}
