import { describe, expect, it } from 'vitest';
import { allArticles, allTreatments } from 'contentlayer/generated';
import { getArticles, getAuthors, getTreatments } from '@/lib/content/queries';
import { publishedRoutes } from '@/lib/seo/routes';
import { absoluteUrl, lastModifiedOf } from '@/lib/seo/url';
import { siteConfig } from '@/lib/site-config';
import { reviewRecordOf } from '@/lib/content/reviews';
import sitemap from '@/app/sitemap';
import robots from '@/app/robots';
import manifest from '@/app/manifest';

describe('publishedRoutes', () => {
  const paths = publishedRoutes().map((r) => r.path);

  it('lists each page once, including every published document', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const doc of [...getArticles(), ...getTreatments(), ...getAuthors()]) expect(paths).toContain(doc.url);
    expect(paths).toContain('/');
  });

  it('leaves out drafts, search and staff pages', () => {
    for (const draft of [...allArticles, ...allTreatments].filter((d) => d.draft)) expect(paths).not.toContain(draft.url);
    expect(paths.filter((p) => p.startsWith('/staff') || p.startsWith('/search'))).toEqual([]);
  });

  it('dates each document by its latest update or review', () => {
    const routes = new Map(publishedRoutes().map((r) => [r.path, r.lastModified]));
    for (const a of getArticles()) expect(routes.get(a.url)).toBe(lastModifiedOf(a));
  });
});

describe('lastModifiedOf', () => {
  // The review date comes from the page's review record, matched to its compiled version.
  const article = getArticles()[0];
  const reviewed = reviewRecordOf(article)!.approvals.findLast((a) => a.hash === article.versionHash)!.reviewedOn;

  it('takes the latest of published, updated and reviewed (from the record), as a day', () => {
    expect(lastModifiedOf({ ...article, publishedAt: '2020-01-01T00:00:00.000Z', updatedAt: undefined })).toBe(reviewed);
    expect(lastModifiedOf({ ...article, publishedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2099-05-02T00:00:00.000Z' })).toBe('2099-05-02');
  });

  it('leaves out a review of another version', () => {
    expect(lastModifiedOf({ ...article, versionHash: 'sha256:other', publishedAt: '2020-01-01T00:00:00.000Z', updatedAt: undefined })).toBe('2020-01-01');
  });
});

describe('sitemap, robots and manifest', () => {
  it('sitemap has absolute URLs on the site origin', () => {
    const entries = sitemap();
    expect(entries.length).toBe(publishedRoutes().length);
    for (const e of entries) expect(e.url.startsWith(`${siteConfig.url}/`)).toBe(true);
    expect(entries[0].url).toBe(absoluteUrl('/'));
  });

  it('robots keeps crawlers out of staff pages and points to the sitemap', () => {
    const r = robots();
    expect(JSON.stringify(r.rules)).toContain('"/staff"');
    expect(r.sitemap).toBe(`${siteConfig.url}/sitemap.xml`);
  });

  it('manifest names the clinic and has an icon', () => {
    const m = manifest();
    expect(m.name).toBe(siteConfig.name);
    expect(m.icons?.[0]?.src).toBe('/icon.svg');
  });
});
