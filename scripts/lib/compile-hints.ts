/**
 * V8's explicit compile hint (Chrome and Edge 136+): a script whose first line is this comment has
 * every function compiled eagerly, on a background thread while the file streams in. Without it,
 * V8 only pre-parses each function and compiles it on the main thread the first time it runs, which
 * for Next's and React's start-up code is most of one long task on every page load (measured in
 * docs/performance.md). Other browsers read it as a comment.
 *
 * V8's advice is to mark only files whose functions mostly run at load, so the hint goes on the
 * chunks each page runs as it starts, and not on the staff editor's large bundle (most of it idle
 * at load) or on chunks loaded later (the booking schema loads on first focus).
 */

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Routes whose start-up chunks are left as they are: the web editor, staff only, mostly idle code. */
export const UNHINTED_ROUTE_PREFIXES = ['/keystatic'];

export function hasCompileHint(source: string): boolean {
  return source.startsWith(`${COMPILE_HINT}\n`);
}

/** The source with the hint as its first line; unchanged if it already has it (the step may run twice). */
export function withCompileHint(source: string): string {
  return hasCompileHint(source) ? source : `${COMPILE_HINT}\n${source}`;
}

/** One page's client reference manifest, as Next writes it (`page_client-reference-manifest.js`). */
export type PageManifest = {
  /** e.g. `/book/page`, `/keystatic/[[...params]]/page` */
  page: string;
  /** module id → chunk files (`static/chunks/….js`) the page loads to start */
  entryJSFiles: Record<string, string[]>;
};

export function routeOfPage(page: string): string {
  const route = page.replace(/\/page$/, '');
  return route === '' ? '/' : route;
}

/**
 * The chunk files (relative to the build directory) that pages run as they load: Next's framework
 * chunks (`rootMainFiles` of build-manifest.json, on every page) and each page's entry chunks,
 * except for routes under an unhinted prefix. Sorted, without duplicates.
 */
export function startupChunks(
  rootMainFiles: readonly string[],
  pages: readonly PageManifest[],
  unhintedPrefixes: readonly string[] = UNHINTED_ROUTE_PREFIXES,
): string[] {
  const files = new Set(rootMainFiles);
  for (const { page, entryJSFiles } of pages) {
    const route = routeOfPage(page);
    if (unhintedPrefixes.some((prefix) => route === prefix || route.startsWith(`${prefix}/`))) continue;
    for (const chunks of Object.values(entryJSFiles)) for (const file of chunks) files.add(file);
  }
  return [...files].filter((file) => file.endsWith('.js')).sort();
}
