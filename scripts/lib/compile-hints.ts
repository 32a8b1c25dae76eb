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
 *
 * The manifests read here are Next's build output, not a public API: package.json pins Next's minor
 * version ("~16.4.6", reason in the README's libraries section), and a changed shape fails the build
 * (ManifestShapeError) instead of quietly hinting nothing.
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

/**
 * Next's build output changed shape: the step would otherwise hint nothing and pass. The message
 * names the file and what was expected, so whoever upgrades Next knows where to look
 * (the minor version is pinned in package.json for this reason; README, "Libraries").
 */
export class ManifestShapeError extends Error {
  constructor(file: string, expected: string, found: unknown) {
    const shown = JSON.stringify(found)?.slice(0, 120) ?? String(found);
    super(`${file}: expected ${expected}, found ${shown}. Has Next changed its build output? Update scripts/lib/compile-hints.ts.`);
    this.name = 'ManifestShapeError';
  }
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `rootMainFiles` of build-manifest.json: Next's framework chunks, on every page. */
export function rootMainFilesOf(buildManifest: unknown, file = 'build-manifest.json'): string[] {
  const files = isObject(buildManifest) ? buildManifest.rootMainFiles : undefined;
  if (!isStringArray(files) || files.length === 0) {
    throw new ManifestShapeError(file, 'a non-empty "rootMainFiles" array of chunk paths', isObject(buildManifest) ? Object.keys(buildManifest) : buildManifest);
  }
  return files;
}

/**
 * The pages of one `page_client-reference-manifest.js`, from the globals it set when run
 * (`globalThis.__RSC_MANIFEST["/book/page"] = { entryJSFiles: { id: [chunks] }, … }`).
 */
export function pageManifestsOf(globals: unknown, file: string): PageManifest[] {
  const all = isObject(globals) ? globals.__RSC_MANIFEST : undefined;
  if (!isObject(all) || Object.keys(all).length === 0) {
    throw new ManifestShapeError(file, 'globalThis.__RSC_MANIFEST to map at least one page to its manifest', isObject(globals) ? Object.keys(globals) : globals);
  }
  return Object.entries(all).map(([page, manifest]) => {
    const entries = isObject(manifest) ? manifest.entryJSFiles : undefined;
    if (!isObject(entries) || !Object.values(entries).every(isStringArray)) {
      throw new ManifestShapeError(file, `__RSC_MANIFEST["${page}"].entryJSFiles to map module ids to arrays of chunk paths`, isObject(manifest) ? Object.keys(manifest) : manifest);
    }
    return { page, entryJSFiles: entries as Record<string, string[]> };
  });
}
