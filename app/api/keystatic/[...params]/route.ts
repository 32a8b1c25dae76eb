import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/keystatic.config';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { editorStorage } from '@/lib/publishing/storage';
import { arrivesFromGitHub, noStore, sameSiteBounce } from '@/lib/publishing/editor-access';
import { requireStaffRequest } from '@/lib/staff/session';
import { hashesBefore, pathsInEditorSave, recordPageSaves } from '@/lib/reviews/workflow';
import { contentRoot } from '@/lib/reviews/files';

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
    if (!isLocalSave(request)) return noStore(await method(request));
    // A save in local mode: note which reviewed pages it changes, so the review queue can say who
    // changed a page and when, and the page's reviewer hears that it waits for them.
    const paths = pathsInEditorSave(await request.clone().json().catch(() => null));
    const root = contentRoot();
    const before = hashesBefore(root, paths);
    const response = await method(request);
    if (response.ok && before.size > 0) await recordPageSaves(auth.ctx.db, root, auth.ctx.user.email, before, new Date());
    return noStore(response);
  };
}

function isLocalSave(request: Request): boolean {
  return request.method === 'POST' && editorStorage(process.env).kind === 'local' && new URL(request.url).pathname.replace(/\/+$/, '') === '/api/keystatic/update';
}

export const GET = guarded(handler.GET);
export const POST = guarded(handler.POST);
