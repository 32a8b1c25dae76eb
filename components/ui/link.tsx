import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's internal link: Next's <Link> without viewport prefetching.
 *
 * By default Next fetches every linked page as soon as its link scrolls into view: on a treatment
 * page that is about fifteen background requests, and the main-thread work to read them, while the
 * page is still becoming interactive on a phone, mostly for pages the reader never opens. Measured
 * with Lighthouse's mobile profile it raised Total Blocking Time by about a third (docs/performance.md).
 * Pages are static, so a click still navigates in the browser with one small request.
 * Pass `prefetch` to opt a link back in.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
