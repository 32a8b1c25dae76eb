import { MANAGERS } from '@/lib/staff/roles';
import type { Metadata } from 'next';
import { requireStaff } from '@/lib/staff/session';
import { audit } from '@/lib/staff/audit';
import { listUnsentForStaff } from '@/lib/staff/outbox';
import { StaffNav } from '@/components/staff/staff-nav';
import { formatDateTime } from '@/components/staff/date-time';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice } from '@/components/forms/notice';
import { Cell, Row, Table } from '@/components/ui/table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff({ roles: MANAGERS });
  const sp = await searchParams;
  const rows = await listUnsentForStaff(db);
  await audit(db, { actor: user.email, action: 'outbox.view', detail: `${rows.length} unsent` });
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="/staff/outbox" />
      <ErrorSummary errors={sp.error === 'retry' ? [{ field: 'outbox', text: 'That message cannot be retried now: it is being sent, or was sent already' }] : []} />
      <Notice text={sp.done === 'retry' ? 'The message will be sent again on the next pass of the mail worker.' : undefined} />
      <h1 className="mb-6 text-3xl font-bold text-ink">Outbox</h1>
      <p className="mb-6 max-w-3xl text-ink">
        Mail that has not been sent yet: waiting, being sent, or failed after every retry. Retry makes a message due now (a failed one gets a fresh set of
        attempts).
      </p>
      {rows.length === 0 ? (
        <p className="text-ink" id="outbox">
          The outbox is empty: every message has been sent.
        </p>
      ) : (
        <Table id="outbox" caption="Unsent messages, newest first" columns={['Queued', 'Kind', 'To', 'Status', 'Attempts', 'Last error', 'Action']}>
          {rows.map((r) => (
            <Row key={r.id}>
              <Cell className="whitespace-nowrap">{formatDateTime(r.created_at)}</Cell>
              <Cell>{r.kind}</Cell>
              <Cell className="break-all">{r.to_address}</Cell>
              <Cell>{r.status}</Cell>
              <Cell>{r.attempts}</Cell>
              <Cell>{r.last_error ?? '—'}</Cell>
              <Cell>
                {r.status === 'pending' || r.status === 'failed' ? (
                  <form method="post" action="/staff/outbox/retry">
                    <input type="hidden" name="id" value={r.id} />
                    <Button aria-label={`Retry ${r.kind} to ${r.to_address}`}>Retry</Button>
                  </form>
                ) : (
                  'Sending'
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
