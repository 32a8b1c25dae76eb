import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/keystatic.config';
import { editorEnabled } from '@/lib/publishing/storage';

const handler = makeRouteHandler({ config });

/** Reads and writes content files for the editor: development only, 404 in a production build. */
function guarded(method: (request: Request) => Promise<Response>) {
  return (request: Request) => (editorEnabled(process.env) ? method(request) : new Response('Not found', { status: 404 }));
}

export const GET = guarded(handler.GET);
export const POST = guarded(handler.POST);
