import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Container } from '@/components/layout/container';

export const metadata: Metadata = { title: 'Your request has been deleted', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** Where a withdrawal lands. It carries no reference: after erasure there is nothing to show. */
export default function WithdrawnPage() {
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink sm:text-4xl">Your request has been deleted</h1>
        <p className="mt-4 text-lg text-ink">
          You have withdrawn your consent. We have deleted your request, your consent record, any appointment and any emails we had not
          yet sent. Your link no longer works.
        </p>
        <p className="mt-4 text-lg text-ink">
          We keep only a note of the reference number and the date, with no name or contact details. We are sending you one last email to
          confirm.
        </p>
        <p className="mt-4 text-lg text-ink">
          <Link href="/privacy" className="font-semibold text-brand-700 underline underline-offset-2">
            How we use your information
          </Link>
        </p>
      </div>
    </Container>
  );
}
