import { getArticles, getAuthor } from '@/lib/content/queries';
import { buildArticleFeed } from '@/lib/seo/feed';

// Built once at build time from the compiled content, then served as a file.
export const dynamic = 'force-static';

export function GET() {
  return new Response(buildArticleFeed(getArticles(), getAuthor).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
