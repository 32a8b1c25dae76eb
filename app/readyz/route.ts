/** Readiness: database reachable, migrations current, outbox worker running; 503 otherwise (docs/deploy.md). */
import { getDb } from '@/lib/db';
import { outboxWorkerState } from '@/lib/booking/background';
import { checkReadiness, NO_STORE } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness({ db: async () => (await getDb()).db, outboxState: outboxWorkerState });
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: NO_STORE });
}
