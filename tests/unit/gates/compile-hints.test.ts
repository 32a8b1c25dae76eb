import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  hasCompileHint,
  ManifestShapeError,
  pageManifestsOf,
  rootMainFilesOf,
  type PageManifest,
  routeOfPage,
  startupChunks,
  withCompileHint,
} from '../../../scripts/lib/compile-hints';

describe('withCompileHint', () => {
  it('puts the magic comment on the first line, where V8 looks for it', () => {
    const marked = withCompileHint('(()=>{let e;})();');
    expect(marked).toBe('//# allFunctionsCalledOnLoad\n(()=>{let e;})();');
    expect(marked.split('\n')[0]).toBe(COMPILE_HINT);
    expect(hasCompileHint(marked)).toBe(true);
  });

  it('adds it once however often the build step runs', () => {
    const once = withCompileHint('a();');
    expect(withCompileHint(once)).toBe(once);
  });

  it('does not count the comment anywhere but the first line', () => {
    expect(hasCompileHint(`a();\n${COMPILE_HINT}\n`)).toBe(false);
    expect(hasCompileHint(`${COMPILE_HINT}x\n`)).toBe(false);
  });
});

describe('startupChunks', () => {
  const root = ['static/chunks/framework.js', 'static/chunks/turbopack-runtime.js'];
  const pages: PageManifest[] = [
    { page: '/page', entryJSFiles: { '[project]/app/layout': ['static/chunks/layout.js'] } },
    {
      page: '/book/page',
      entryJSFiles: {
        '[project]/app/layout': ['static/chunks/layout.js'],
        '[project]/app/book/page': ['static/chunks/layout.js', 'static/chunks/booking-form.js', 'static/chunks/x.css'],
      },
    },
    {
      page: '/keystatic/[[...params]]/page',
      entryJSFiles: { '[project]/app/keystatic/[[...params]]/page': ['static/chunks/editor.js'] },
    },
  ];

  it('takes the framework chunks and every page entry chunk, once each', () => {
    expect(startupChunks(root, pages)).toEqual([
      'static/chunks/booking-form.js',
      'static/chunks/framework.js',
      'static/chunks/layout.js',
      'static/chunks/turbopack-runtime.js',
    ]);
  });

  it('leaves out the editor bundle, whose code mostly sits idle at load', () => {
    expect(startupChunks(root, pages)).not.toContain('static/chunks/editor.js');
    expect(startupChunks(root, pages, [])).toContain('static/chunks/editor.js');
  });

  it('matches an excluded prefix by whole path segments only', () => {
    const lookalike: PageManifest[] = [{ page: '/keystatics/page', entryJSFiles: { m: ['static/chunks/other.js'] } }];
    expect(startupChunks([], lookalike)).toEqual(['static/chunks/other.js']);
  });
});

describe('routeOfPage', () => {
  it('turns manifest page names into routes', () => {
    expect(routeOfPage('/page')).toBe('/');
    expect(routeOfPage('/book/page')).toBe('/book');
    expect(routeOfPage('/keystatic/[[...params]]/page')).toBe('/keystatic/[[...params]]');
  });
});

describe("reading Next's manifests", () => {
  it('returns the framework chunks and each page\'s entry chunks from the shapes Next 16 writes', () => {
    expect(rootMainFilesOf({ rootMainFiles: ['static/chunks/a.js'], pages: {} })).toEqual(['static/chunks/a.js']);
    const globals = { __RSC_MANIFEST: { '/book/page': { entryJSFiles: { '[project]/app/book/page': ['static/chunks/b.js'] }, ssrModuleMapping: {} } } };
    expect(pageManifestsOf(globals, 'server/app/book/page_client-reference-manifest.js')).toEqual([
      { page: '/book/page', entryJSFiles: { '[project]/app/book/page': ['static/chunks/b.js'] } },
    ]);
  });

  it.each([
    ['no rootMainFiles', {}],
    ['rootMainFiles renamed', { rootMainFilesV2: ['static/chunks/a.js'] }],
    ['an empty list', { rootMainFiles: [] }],
    ['not paths', { rootMainFiles: [{ file: 'static/chunks/a.js' }] }],
  ])('fails the build, naming rootMainFiles, on a build manifest with %s', (_label, manifest) => {
    expect(() => rootMainFilesOf(manifest)).toThrow(ManifestShapeError);
    expect(() => rootMainFilesOf(manifest)).toThrow(/build-manifest\.json: expected a non-empty "rootMainFiles" array/);
  });

  it.each([
    ['sets no __RSC_MANIFEST', {}, /__RSC_MANIFEST to map at least one page/],
    ['maps no page', { __RSC_MANIFEST: {} }, /__RSC_MANIFEST to map at least one page/],
    ['has no entryJSFiles', { __RSC_MANIFEST: { '/page': { clientModules: {} } } }, /__RSC_MANIFEST\["\/page"\]\.entryJSFiles/],
    ['has entry chunks that are not paths', { __RSC_MANIFEST: { '/page': { entryJSFiles: { id: 'static/chunks/a.js' } } } }, /entryJSFiles to map module ids to arrays/],
  ])('fails the build, naming the file and what it expected, when a page manifest %s', (_label, globals, message) => {
    const file = 'server/app/page_client-reference-manifest.js';
    expect(() => pageManifestsOf(globals, file)).toThrow(ManifestShapeError);
    expect(() => pageManifestsOf(globals, file)).toThrow(message);
    expect(() => pageManifestsOf(globals, file)).toThrow(/^server\/app\/page_client-reference-manifest\.js: expected .*Has Next changed its build output/);
  });
});
