import { Container } from '@/components/layout/container';
import { ClinicContact } from './manage-parts';

export function RateLimited({ retryAfterS }: { retryAfterS: number }) {
  const minutes = Math.max(1, Math.ceil(retryAfterS / 60));
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink">Please wait a few minutes</h1>
        <p className="mt-4 text-lg text-ink">
          This page has been opened many times from your connection in a short time. Try again in {minutes} minute{minutes === 1 ? '' : 's'}, or contact us.
        </p>
        <ClinicContact />
      </div>
    </Container>
  );
}
