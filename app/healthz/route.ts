/** Liveness for the proxy and the orchestrator: the process answers. No database (docs/deploy.md). */
import { NO_STORE } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true }, { headers: NO_STORE });
}
