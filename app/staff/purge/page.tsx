import { MANAGERS } from '@/lib/staff/roles';
import type { Metadata } from 'next';
import { requireStaff } from '@/lib/staff/session';
import { audit } from '@/lib/staff/audit';
import { countPurgeable } from '@/lib/booking/purge';
import { siteConfig } from '@/lib/site-config';
import { StaffNav } from '@/components/staff/staff-nav';
import { Button } from '@/components/forms/button';
import { Checkbox } from '@/components/forms/choices';
import { ErrorSummary } from '@/components/forms/error-summary';
import { ErrorMessage, errorId, FormGroup } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Retention purge' };

export default async function PurgePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff({ roles: MANAGERS });
  const sp = await searchParams;
  const months = siteConfig.privacy.retentionMonths;
  const { count, cutoff } = await countPurgeable(db, new Date(), months);
  await audit(db, { actor: user.email, action: 'purge.view', detail: `${count} purgeable` });
  const confirmError = sp.error === 'confirm' ? 'Tick the box to confirm you want to delete these requests' : undefined;
  const removed = typeof sp.removed === 'string' && /^\d+$/.test(sp.removed) ? `Removed ${sp.removed} request(s).` : undefined;
  const cutoffText = cutoff.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="/staff/purge" />
      <ErrorSummary errors={confirmError ? [{ field: 'confirm', text: confirmError }] : []} />
      <Notice text={removed} />
      <h1 className="mb-6 text-3xl font-bold text-ink">Retention purge</h1>
      <p className="mb-4 max-w-3xl text-ink">
        Requests are kept for {months} months. Purging permanently deletes every request received before {cutoffText}, with its consent record, notes and
        queued mail. The same purge runs as <code>npm run purge:requests</code>.
      </p>
      <p className="mb-8 text-xl font-semibold text-ink" id="purge-count">
        {count} request{count === 1 ? '' : 's'} can be purged.
      </p>
      {count > 0 ? (
        <form method="post" action="/staff/purge/run" className="max-w-3xl">
          <input type="hidden" name="expected" value={count} />
          <FormGroup name="confirm" error={confirmError}>
            <ErrorMessage id={errorId('confirm')} message={confirmError} />
            <Checkbox
              name="confirm"
              value="yes"
              className=""
              aria-describedby={confirmError ? errorId('confirm') : undefined}
              aria-invalid={confirmError ? true : undefined}
              label={`I understand that ${count} request${count === 1 ? '' : 's'} received before ${cutoffText} will be deleted and cannot be recovered`}
            />
          </FormGroup>
          <Button variant="warning">Purge old requests</Button>
        </form>
      ) : null}
    </>
  );
}
