import type { Metadata } from 'next';
import { requireStaff } from '@/lib/staff/session';
import { audit } from '@/lib/staff/audit';
import { listUnsentForStaff } from '@/lib/staff/outbox';
import { StaffNav, button } from '@/components/staff/staff-nav';
import { ErrorSummary, Notice } from '@/components/staff/error-summary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff();
  const sp = await searchParams;
  const rows = await listUnsentForStaff(db);
  await audit(db, { actor: user.email, action: 'outbox.view', detail: `${rows.length} unsent` });
  return (
    <>
      <StaffNav email={user.email} current="/staff/outbox" />
      <ErrorSummary errors={sp.error === 'retry' ? [{ href: '#outbox', text: 'That message cannot be retried now: it is being sent, or was sent already' }] : []} />
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
        <div className="overflow-x-auto" id="outbox">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Unsent messages, newest first</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">Queued</th>
                <th scope="col" className="py-2 pr-4">Kind</th>
                <th scope="col" className="py-2 pr-4">To</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Attempts</th>
                <th scope="col" className="py-2 pr-4">Last error</th>
                <th scope="col" className="py-2 pr-4">Action</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-muted">
                  <td className="py-2 pr-4 whitespace-nowrap">{new Date(r.created_at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })}</td>
                  <td className="py-2 pr-4">{r.kind}</td>
                  <td className="py-2 pr-4 break-all">{r.to_address}</td>
                  <td className="py-2 pr-4">{r.status}</td>
                  <td className="py-2 pr-4">{r.attempts}</td>
                  <td className="py-2 pr-4">{r.last_error ?? '—'}</td>
                  <td className="py-2 pr-4">
                    {r.status === 'pending' || r.status === 'failed' ? (
                      <form method="post" action="/staff/outbox/retry">
                        <input type="hidden" name="id" value={r.id} />
                        <button type="submit" className={button} aria-label={`Retry ${r.kind} to ${r.to_address}`}>
                          Retry
                        </button>
                      </form>
                    ) : (
                      'Sending'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
