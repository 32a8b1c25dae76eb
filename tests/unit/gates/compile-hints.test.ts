import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  hasCompileHint,
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
