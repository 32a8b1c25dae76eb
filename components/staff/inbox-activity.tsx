/** The inbox's three short lists: upcoming appointments, patients' answers, withdrawn requests. */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { Link } from '@/components/ui/link';
import { Cell, Row, Table } from '@/components/ui/table';
import { recentReplies, upcomingAppointments, withdrawnRequests } from '@/lib/staff/activity';
import { formatDateTime } from './date-time';

const replyWords: Record<string, string> = { accepted: 'Accepted the appointment', 'another-time': 'Asked for another time', cancelled: 'Cancelled the request' };
const linkClass = 'font-semibold text-brand-700 underline underline-offset-2';

export async function InboxActivity({ db, now }: { db: Kysely<Database>; now: Date }) {
  const [upcoming, replies, withdrawn] = await Promise.all([upcomingAppointments(db, now), recentReplies(db, now), withdrawnRequests(db, now)]);
  return (
    <div className="mb-10 grid gap-8">
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-2xl font-bold text-ink">
          Upcoming appointments (next 14 days)
        </h2>
        {upcoming.length ? (
          <Table caption="Upcoming appointments, soonest first" columns={['When', 'Patient', 'Clinician', 'Status']}>
            {upcoming.map((a) => (
              <Row key={a.requestId}>
                <Cell className="whitespace-nowrap">{formatDateTime(a.startsAt)}</Cell>
                <Cell>
                  <Link href={`/staff/requests/${a.requestId}`} prefetch={false} className={linkClass}>
                    {a.fullName}
                  </Link>
                </Cell>
                <Cell>{a.clinician}</Cell>
                <Cell>{a.status === 'accepted' ? 'Accepted' : 'Offered, no answer yet'}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <p className="text-ink">None.</p>
        )}
      </section>
      <section aria-labelledby="replies">
        <h2 id="replies" className="mb-3 text-2xl font-bold text-ink">
          Answers from patients’ links (last 30 days)
        </h2>
        {replies.length ? (
          <Table caption="Patients' answers, newest first" columns={['When', 'Patient', 'Answer']}>
            {replies.map((r) => (
              <Row key={r.id}>
                <Cell className="whitespace-nowrap">{r.at ? formatDateTime(r.at) : ''}</Cell>
                <Cell>
                  <Link href={`/staff/requests/${r.id}`} prefetch={false} className={linkClass}>
                    {r.fullName}
                  </Link>
                </Cell>
                <Cell>{replyWords[r.reply ?? ''] ?? r.reply}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <p className="text-ink">None.</p>
        )}
      </section>
      <section aria-labelledby="withdrawn">
        <h2 id="withdrawn" className="mb-3 text-2xl font-bold text-ink">
          Withdrawn and deleted by the patient (last 30 days)
        </h2>
        {withdrawn.length ? (
          <Table caption="Requests the patient withdrew; only the reference and date are kept" columns={['When', 'What']}>
            {withdrawn.map((w) => (
              <Row key={w.id}>
                <Cell className="whitespace-nowrap">{formatDateTime(w.at)}</Cell>
                <Cell>{w.detail}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <p className="text-ink">None.</p>
        )}
      </section>
    </div>
  );
}
