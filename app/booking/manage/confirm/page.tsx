/** The confirmation step before any action: says what will happen; only its button (a POST) does it. */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Container } from '@/components/layout/container';
import { Button } from '@/components/forms/button';
import { loadManagePage } from '@/lib/booking/manage-page';
import { availableActions, isPatientAction } from '@/lib/booking/manage';
import { newFormToken } from '@/lib/booking/form-token';
import { actionText, AppointmentDetails } from '@/components/booking/manage-parts';
import { RateLimited } from '@/components/booking/rate-limited';
import { LinkNotWorking } from '@/components/booking/link-not-working';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const title = typeof sp.action === 'string' && isPatientAction(sp.action) ? actionText[sp.action].title : 'Your consultation request';
  return { title: sp.error === 'expired' ? `Error: ${title}` : title, robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function ConfirmActionPage({ searchParams }: Props) {
  const sp = await searchParams;
  const state = await loadManagePage(sp.t);
  if (state.kind === 'rate-limited') return <RateLimited retryAfterS={state.retryAfterS} />;
  if (state.kind === 'not-found') return <LinkNotWorking />;
  const { view, token, secret } = state;
  const action = typeof sp.action === 'string' ? sp.action : '';
  if (!isPatientAction(action) || !availableActions(view).includes(action)) redirect(`/booking/manage?t=${token}${isPatientAction(action) ? '&error=not-available' : ''}`);
  const text = actionText[action];
  const expired = sp.error === 'expired';
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        {expired ? (
          // The error summary pattern, server-rendered (no client component on public pages).
          <div className="mb-8 rounded-sm border-4 border-caution-700 bg-white p-5" role="alert" aria-labelledby="error-summary-title" data-testid="error-summary">
            <h2 id="error-summary-title" className="text-xl font-bold text-ink">
              There is a problem
            </h2>
            <p className="mt-2">
              <a href="#confirm" className="font-semibold text-caution-700 underline underline-offset-2">
                This page had been open too long. Press the button again to confirm.
              </a>
            </p>
          </div>
        ) : null}
        <p className="text-lg text-muted">Reference {view.reference}</p>
        <h1 className="mt-2 text-3xl font-bold text-ink sm:text-4xl">{text.title}</h1>
        {view.appointment && (action === 'accept' || action === 'another-time') ? <AppointmentDetails appointment={view.appointment} /> : null}
        {text.body.map((p) => (
          <p key={p} className="mt-4 text-lg text-ink">
            {p}
          </p>
        ))}
        <form method="post" action="/booking/manage/submit" className="mt-8 flex flex-wrap items-center gap-6">
          <input type="hidden" name="t" value={token} />
          <input type="hidden" name="action" value={action} />
          <input type="hidden" name="formToken" value={newFormToken(secret)} />
          <Button id="confirm" variant={action === 'withdraw' ? 'warning' : 'primary'}>
            {text.confirm}
          </Button>
          <a href={`/booking/manage?t=${token}`} className="text-lg font-semibold text-brand-700 underline underline-offset-2">
            No, go back
          </a>
        </form>
      </div>
    </Container>
  );
}
