import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { requireStaff } from '@/lib/staff/session';
import { filtersToQuery, listRequests, parseFilters, STATUSES } from '@/lib/staff/inbox';
import { audit } from '@/lib/staff/audit';
import { treatmentLabels } from '@/lib/staff/labels';
import { StaffNav, button, input, label } from '@/components/staff/staff-nav';
import { StatusTag } from '@/components/staff/status-tag';
import { FieldError } from '@/components/staff/error-summary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inbox' };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, user } = await requireStaff();
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
      <StaffNav email={user.email} current="/staff" />
      <h1 className="mb-6 text-3xl font-bold text-ink">Consultation requests</h1>
      <form method="get" action="/staff" className="mb-8 flex flex-wrap items-end gap-6" aria-label="Filter requests">
        <div>
          <label htmlFor="status" className={label}>
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={input}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="treatment" className={label}>
            Treatment
          </label>
          <select id="treatment" name="treatment" defaultValue={filters.treatment ?? ''} className={input}>
            <option value="">Any treatment</option>
            {[...treatments].map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className={label}>
            Name or email
          </label>
          <FieldError id="q-error" text={filters.searchError} />
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            className={input}
            aria-invalid={filters.searchError ? true : undefined}
            aria-describedby={filters.searchError ? 'q-error' : undefined}
          />
        </div>
        <button type="submit" className={button}>
          Filter
        </button>
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
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Consultation requests, newest first</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">Received</th>
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Email</th>
                <th scope="col" className="py-2 pr-4">Treatment</th>
                <th scope="col" className="py-2 pr-4">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-muted">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDate(r.created_at)}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/staff/requests/${r.id}`} prefetch={false} className="font-semibold text-brand-700 underline underline-offset-2">
                      {r.full_name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4 break-all">{r.email}</td>
                  <td className="py-2 pr-4">{treatments.get(r.treatment) ?? r.treatment}</td>
                  <td className="py-2 pr-4">
                    <StatusTag status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

function formatDate(iso: string) {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}
