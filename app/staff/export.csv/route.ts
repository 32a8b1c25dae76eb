import { MANAGERS } from '@/lib/staff/roles';
/** The inbox's filtered list as CSV (formula-injection-safe, lib/staff/csv.ts). */
import { plainText, requireStaffRequest } from '@/lib/staff/session';
import { exportRequests, parseFilters } from '@/lib/staff/inbox';
import { toCsv } from '@/lib/staff/csv';
import { audit } from '@/lib/staff/audit';
import { appointmentsFor } from '@/lib/staff/activity';
import { formatDateTime } from '@/components/staff/date-time';

export const dynamic = 'force-dynamic';

const header = ['Reference', 'Received', 'Status', 'Full name', 'Email', 'Phone', 'Preferred contact', 'Treatment', 'Joint', 'Message', 'Availability', 'Heard from', 'Marketing consent', 'Patient answer', 'Appointment (UK time)', 'Appointment status', 'Clinician', 'Place', 'Video link'];

export async function GET(request: Request) {
  const auth = await requireStaffRequest(request, { roles: MANAGERS });
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (filters.searchError) return plainText(400, `${filters.searchError} Nothing was exported.`);
  const rows = await exportRequests(db, filters);
  const appointments = await appointmentsFor(db, rows.map((r) => r.id));
  const csv = toCsv(
    header,
    rows.map((r) => {
      const a = appointments.get(r.id);
      return [
        ...[r.reference, r.created_at, r.status, r.full_name, r.email, r.phone, r.contact_method, r.treatment, r.joint, r.message, r.availability, r.heard_from, r.marketing_consent === 1 ? 'yes' : 'no'],
        ...[r.patient_reply, a ? formatDateTime(a.starts_at) : null, a?.status ?? null, a?.clinician ?? null, a?.place ?? null, a?.video_url ?? null],
      ];
    }),
  );
  await audit(db, {
    actor: user.email,
    action: 'export.csv',
    detail: `${rows.length} rows; status=${filters.status ?? 'any'} treatment=${filters.treatment ?? 'any'}${filters.q ? ' search' : ''}`,
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="consultation-requests-${day}.csv"`,
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex, nofollow',
    },
  });
}
