import { MANAGERS } from '@/lib/staff/roles';
import { staffPost } from '@/lib/staff/post-route';
import { purgeRequests } from '@/lib/booking/purge';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-dynamic';

export const POST = staffPost(async ({ db, field }) => {
  if (field('confirm') !== 'yes') return { redirect: '/staff/purge?error=confirm#confirm' };
  const { removed, cutoff } = await purgeRequests(db, { now: new Date(), months: siteConfig.privacy.retentionMonths });
  return { redirect: `/staff/purge?removed=${removed}`, audit: { action: 'purge.run', detail: `removed ${removed} received before ${cutoff.toISOString()}` } };
}, { roles: MANAGERS });
