import { Link } from '@/components/ui/link';

export function BookingCta({ topic }: { topic?: string }) {
  return (
    <section aria-labelledby="booking-cta" className="mt-12 rounded-lg border border-brand-100 bg-white px-6 py-6">
      <h2 id="booking-cta" className="text-xl font-semibold">Talk it through with a specialist</h2>
      <p className="mt-2 text-muted">
        A consultation is the place to ask whether {topic ?? 'a treatment'} makes sense for your joint, what else you
        could try, and what it would cost. There is no obligation to have any procedure.
      </p>
      <Link
        href="/book"
        className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
      >
        Book a consultation
      </Link>
    </section>
  );
}
