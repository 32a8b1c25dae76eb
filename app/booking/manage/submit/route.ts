/** The patient's actions from their manage link (lib/booking/manage-post.ts). */
import { getManageDeps } from '@/lib/booking/server';
import { handleManagePost } from '@/lib/booking/manage-post';
import { withRequestId } from '@/lib/log';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return withRequestId(request, async () => {
    let deps;
    try {
      deps = await getManageDeps();
    } catch {
      return new Response('The service is unavailable. Please phone us.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    return handleManagePost(request, deps);
  });
}
