import { MANAGERS } from '@/lib/staff/roles';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/staff/session';
import { getRequest, NOTE_MAX, STATUSES } from '@/lib/staff/inbox';
import { audit, auditFor } from '@/lib/staff/audit';
import { treatmentLabels } from '@/lib/staff/labels';
import { StaffNav } from '@/components/staff/staff-nav';
import { StatusTag } from '@/components/staff/status-tag';
import { formatDateTime } from '@/components/staff/date-time';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice } from '@/components/forms/notice';
import { Select } from '@/components/forms/select';
import { Textarea } from '@/components/forms/textarea';
import { Cell, Row, Table } from '@/components/ui/table';
import { AppointmentSection } from '@/components/staff/appointment-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Consultation request' };

const noteErrors: Record<string, string> = {
  'note-empty': 'Enter a note',
  'note-long': `A note must be ${NOTE_MAX} characters or fewer`,
  'note-invalid': 'A note cannot contain control characters',
};
const statusErrors: Record<string, string> = { status: 'Select a status' };
const done: Record<string, string> = { status: 'Status updated.', note: 'Note added.' };

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db, user } = await requireStaff({ roles: MANAGERS });
  const { id } = await params;
  const sp = await searchParams;
  const found = await getRequest(db, id);
  if (!found) notFound();
  await audit(db, { actor: user.email, action: 'request.view', requestId: id });
  const { request: r, consents, notes } = found;
  const history = await auditFor(db, id);
  const code = typeof sp.error === 'string' ? sp.error : '';
  const noteError = noteErrors[code];
  const statusError = statusErrors[code];
  const errors = [
    ...(statusError ? [{ field: 'status', text: statusError }] : []),
    ...(noteError ? [{ field: 'note', text: noteError }] : []),
  ];
  const fields: [string, React.ReactNode][] = [
    ['Reference', r.reference],
    ['Received', formatDateTime(r.created_at)],
    ['Full name', r.full_name],
    ['Email', r.email],
    ['Phone', r.phone],
    ['Preferred contact', r.contact_method],
    ['Treatment of interest', treatmentLabels().get(r.treatment) ?? r.treatment],
    ['Joint or problem', r.joint],
    ['Message', <span key="m" className="whitespace-pre-wrap">{r.message}</span>],
    ['Preferred days and times', r.availability],
    ['How they heard of us', r.heard_from ?? 'Not given'],
    ['Marketing consent', r.marketing_consent === 1 ? 'Yes' : 'No'],
    ['Status', <StatusTag key="s" status={r.status} />],
  ];
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="" />
      <ErrorSummary errors={errors} />
      <Notice text={typeof sp.done === 'string' ? done[sp.done] : undefined} />
      <h1 className="mb-6 text-3xl font-bold text-ink">Request from {r.full_name}</h1>
      <dl className="mb-10 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
        {fields.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold text-ink">{k}</dt>
            <dd className="text-ink break-words">{v}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mb-4 text-2xl font-bold text-ink">Consent record</h2>
      <ul className="mb-10 max-w-3xl space-y-4">
        {consents.map((c) => (
          <li key={c.id} className="border-l-4 border-brand-700 pl-4">
            <p className="font-semibold text-ink">{c.purpose === 'health-data' ? 'Health information (required)' : c.purpose === 'marketing' ? 'Marketing (optional)' : c.purpose}</p>
            <p className="text-ink">“{c.text}”</p>
            <p className="text-muted">
              Given {formatDateTime(c.given_at)}, privacy notice version {c.notice_version}
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mb-4 text-2xl font-bold text-ink">Change status</h2>
      <form method="post" action={`/staff/requests/${r.id}/status`} className="mb-10 flex flex-wrap items-end gap-4">
        <Select
          name="status"
          label="Status"
          error={statusError}
          options={STATUSES.map((status) => ({ value: status, label: status }))}
          defaultValue={r.status}
          groupClassName=""
        />
        <Button>Save status</Button>
      </form>

      <AppointmentSection db={db} requestId={r.id} patientReply={r.patient_reply} patientReplyAt={r.patient_reply_at} searchParams={sp} />

      <h2 className="mb-4 text-2xl font-bold text-ink">Notes</h2>
      {notes.length > 0 ? (
        <ul className="mb-6 max-w-3xl space-y-4">
          {notes.map((n) => (
            <li key={n.id} className="border-l-4 border-muted pl-4">
              <p className="whitespace-pre-wrap text-ink">{n.body}</p>
              <p className="text-muted">
                {n.author}, {formatDateTime(n.created_at)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-6 text-ink">No notes yet.</p>
      )}
      <form method="post" action={`/staff/requests/${r.id}/notes`} className="mb-10 max-w-3xl">
        <Textarea name="note" label="Add a note" error={noteError} rows={4} maxLength={NOTE_MAX} groupClassName="mb-4" />
        <Button>Add note</Button>
      </form>

      <h2 className="mb-4 text-2xl font-bold text-ink">Activity</h2>
      <Table caption="Audit log for this request, newest first" columns={['When', 'Who', 'What']} className="w-full max-w-3xl">
        {history.map((h) => (
          <Row key={h.id}>
            <Cell className="whitespace-nowrap">{formatDateTime(h.at)}</Cell>
            <Cell>{h.actor ?? 'unknown'}</Cell>
            <Cell>
              {h.action}
              {h.detail ? ` (${h.detail})` : ''}
            </Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
