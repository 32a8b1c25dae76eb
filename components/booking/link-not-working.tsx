import { Container } from '@/components/layout/container';
import { ClinicContact } from './manage-parts';

/**
 * Wrong, expired and erased links all get this page: it says nothing about whether a request exists.
 * Rendered by the pages themselves rather than through notFound(): Next 16 puts a dynamic page's
 * not-found content only in its flight data, so without JavaScript the page would be blank.
 */
export function LinkNotWorking() {
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink">This link does not work</h1>
        <p className="mt-4 text-lg text-ink">
          The link may be incomplete, or it may have expired. Links stop working when a request is deleted, at the end of the period
          our privacy notice describes or when you asked us to delete it.
        </p>
        <p className="mt-4 text-lg text-ink">Check that you copied the whole link from your email, or contact us.</p>
        <ClinicContact />
      </div>
    </Container>
  );
}
