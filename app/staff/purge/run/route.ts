import { formOf, requireStaffRequest, seeOther } from '@/lib/staff/session';
import { purgeRequests } from '@/lib/booking/purge';
import { audit } from '@/lib/staff/audit';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const auth = await requireStaffRequest(request);
  if (!auth.ok) return auth.response;
  const { db, user } = auth.ctx;
  const form = await formOf(request);
  if (form?.get('confirm') !== 'yes') return seeOther('/staff/purge?error=confirm#confirm');
  const months = siteConfig.privacy.retentionMonths;
  const { removed, cutoff } = await purgeRequests(db, { now: new Date(), months });
  await audit(db, { actor: user.email, action: 'purge.run', detail: `removed ${removed} received before ${cutoff.toISOString()}` });
  return seeOther(`/staff/purge?removed=${removed}`);
}
