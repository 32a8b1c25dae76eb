import { redirect } from 'next/navigation';
import { MANAGERS } from '@/lib/staff/roles';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { requireStaff } from '@/lib/staff/session';
import { filtersToQuery, listRequests, parseFilters, STATUSES } from '@/lib/staff/inbox';
import { audit } from '@/lib/staff/audit';
import { treatmentLabels } from '@/lib/staff/labels';
import { StaffNav } from '@/components/staff/staff-nav';
import { StatusTag } from '@/components/staff/status-tag';
import { formatDateTime } from '@/components/staff/date-time';
import { Button } from '@/components/forms/button';
import { Select } from '@/components/forms/select';
import { TextInput } from '@/components/forms/text-input';
import { Cell, Row, Table } from '@/components/ui/table';
import { InboxActivity } from '@/components/staff/inbox-activity';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inbox' };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff();
  // The staff area's front page is the inbox for managers; everyone else starts at their reviews.
  if (!MANAGERS.includes(user.role)) redirect('/staff/reviews');
  const filters = parseFilters(await searchParams);
  const { rows, total, page, pages } = await listRequests(db, filters);
  await audit(db, {
    actor: user.email,
    action: 'inbox.view',
    detail: [`status=${filters.status ?? 'any'}`, `treatment=${filters.treatment ?? 'any'}`, filters.q ? 'search' : '', `page=${page}`].filter(Boolean).join(' '),
  });
  const treatments = treatmentLabels();
  const query = filtersToQuery({ ...filters, page: 1 });
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="/staff" />
      <h1 className="mb-6 text-3xl font-bold text-ink">Consultation requests</h1>
      <InboxActivity db={db} now={new Date()} />
      <form method="get" action="/staff" className="mb-8 flex flex-wrap items-end gap-6" aria-label="Filter requests">
        <Select
          name="status"
          label="Status"
          emptyOption="Any status"
          options={STATUSES.map((status) => ({ value: status, label: status }))}
          defaultValue={filters.status ?? ''}
          groupClassName=""
        />
        <Select
          name="treatment"
          label="Treatment"
          emptyOption="Any treatment"
          options={[...treatments].map(([value, text]) => ({ value, label: text }))}
          defaultValue={filters.treatment ?? ''}
          groupClassName=""
        />
        <TextInput
          name="q"
          label="Name or email"
          type="search"
          defaultValue={filters.q ?? ''}
          error={filters.searchError}
          width=""
          groupClassName=""
        />
        <Button>Filter</Button>
        <Link href="/staff" prefetch={false} className="py-2 text-brand-700 underline underline-offset-2">
          Clear filters
        </Link>
      </form>
      <p className="mb-4 text-ink">
        {total} request{total === 1 ? '' : 's'}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}.{' '}
        <a href={`/staff/export.csv${query}`} className="font-semibold text-brand-700 underline underline-offset-2" download>
          Download these as CSV
        </a>
      </p>
      {rows.length > 0 ? (
        <Table caption="Consultation requests, newest first" columns={['Received', 'Name', 'Email', 'Treatment', 'Status']}>
          {rows.map((r) => (
            <Row key={r.id}>
              <Cell className="whitespace-nowrap">{formatDateTime(r.created_at)}</Cell>
              <Cell>
                <Link href={`/staff/requests/${r.id}`} prefetch={false} className="font-semibold text-brand-700 underline underline-offset-2">
                  {r.full_name}
                </Link>
              </Cell>
              <Cell className="break-all">{r.email}</Cell>
              <Cell>{treatments.get(r.treatment) ?? r.treatment}</Cell>
              <Cell>
                <StatusTag status={r.status} />
              </Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <p className="text-ink">No requests match.</p>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex gap-6">
          {page > 1 ? (
            <Link href={`/staff${filtersToQuery({ ...filters, page: page - 1 })}`} prefetch={false} className="text-brand-700 underline">
              Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={`/staff${filtersToQuery({ ...filters, page: page + 1 })}`} prefetch={false} className="text-brand-700 underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
