import { getBookingDeps } from '@/lib/booking/server';
import { handleBookingPost } from '@/lib/booking/handler';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  let deps;
  try {
    deps = await getBookingDeps();
  } catch {
    return Response.json({ ok: false, message: 'The booking service is unavailable. Please phone us.' }, { status: 503 });
  }
  return handleBookingPost(request, deps);
}
