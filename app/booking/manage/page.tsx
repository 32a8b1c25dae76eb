/**
 * The patient's own page for their request, opened from the private link in their emails. It only
 * shows: every action is a button that leads to a confirmation page (mail scanners open links).
 */
import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';
import { Button } from '@/components/forms/button';
import { Notice } from '@/components/forms/notice';
import { loadManagePage } from '@/lib/booking/manage-page';
import { availableActions, isPatientAction } from '@/lib/booking/manage';
import { actionText, AppointmentDetails, ClinicContact, describeAppointment, describeStatus } from '@/components/booking/manage-parts';
import { RateLimited } from '@/components/booking/rate-limited';
import { LinkNotWorking } from '@/components/booking/link-not-working';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Your consultation request',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function ManagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const state = await loadManagePage(sp.t);
  if (state.kind === 'rate-limited') return <RateLimited retryAfterS={state.retryAfterS} />;
  if (state.kind === 'not-found') return <LinkNotWorking />;
  const { view, token } = state;
  const done = typeof sp.done === 'string' && isPatientAction(sp.done) ? actionText[sp.done].done : undefined;
  const notAvailable = sp.error === 'not-available' ? 'That is no longer possible for this request. Its current state is shown below.' : undefined;
  const actions = availableActions(view);
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <Notice text={done ?? notAvailable} />
        <h1 className="text-3xl font-bold text-ink sm:text-4xl">Your consultation request</h1>
        <p className="mt-4 text-lg text-ink">
          Reference <strong data-testid="reference">{view.reference}</strong>
        </p>
        <p className="mt-2 text-lg text-ink" data-testid="status">
          {describeStatus(view)}
        </p>

        {view.appointment ? (
          <section aria-labelledby="appointment" className="mt-8">
            <h2 id="appointment" className="text-2xl font-bold text-ink">
              Your appointment
            </h2>
            <p className="mt-2 text-lg text-ink" data-testid="appointment-status">
              {describeAppointment(view.appointment.status)}
            </p>
            {view.appointment.status !== 'cancelled' && view.appointment.status !== 'another-time' ? <AppointmentDetails appointment={view.appointment} /> : null}
          </section>
        ) : null}

        <section aria-labelledby="what-you-can-do" className="mt-8">
          <h2 id="what-you-can-do" className="text-2xl font-bold text-ink">
            What you can do
          </h2>
          <p className="mt-2 text-lg text-ink">Each choice asks you to confirm before anything changes.</p>
          <ul className="mt-4 flex flex-col items-start gap-4">
            {actions.map((action) => (
              <li key={action}>
                <form method="get" action="/booking/manage/confirm">
                  <input type="hidden" name="t" value={token} />
                  <input type="hidden" name="action" value={action} />
                  <Button variant={action === 'accept' ? 'primary' : action === 'withdraw' ? 'warning' : 'secondary'}>{actionText[action].start}</Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
        <ClinicContact />
      </div>
    </Container>
  );
}
