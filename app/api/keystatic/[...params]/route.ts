import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/keystatic.config';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { editorStorage } from '@/lib/publishing/storage';
import { arrivesFromGitHub, noStore, sameSiteBounce } from '@/lib/publishing/editor-access';
import { requireStaffRequest } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

const handler = makeRouteHandler({ config });

/**
 * Reads and writes content for the editor. 404 where the editor is off (production in local
 * mode, lib/publishing/storage.ts); otherwise signed-in staff only: 401 without a session, 403
 * for a cross-site post or an unchanged one-time password. The one exception is the pair of
 * GitHub-mode endpoints GitHub redirects the browser to (lib/publishing/editor-access.ts).
 */
function guarded(method: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    if (!editorEnabled(process.env)) return new Response('Not found', { status: 404 });
    if (arrivesFromGitHub(request, editorStorage(process.env))) return sameSiteBounce(await method(request));
    const auth = await requireStaffRequest(request);
    if (!auth.ok) return auth.response;
    return noStore(await method(request));
  };
}

export const GET = guarded(handler.GET);
export const POST = guarded(handler.POST);
