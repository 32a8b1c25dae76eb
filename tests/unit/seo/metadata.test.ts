import { describe, expect, it } from 'vitest';
import { getArticles, getAuthor, getAuthors, getTreatments } from '@/lib/content/queries';
import { articleMetadata, clinicianMetadata, pageMetadata, treatmentMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site-config';

describe('pageMetadata', () => {
  const meta = pageMetadata({ title: 'Treatments', description: 'What we offer, and what we do not offer.', path: '/treatments' });

  it('sets the canonical path, the feed link, Open Graph and a large Twitter card', () => {
    expect(meta.title).toBe('Treatments');
    expect(meta.alternates?.canonical).toBe('/treatments');
    expect(JSON.stringify(meta.alternates?.types)).toContain('/feed.xml');
    expect(meta.openGraph).toMatchObject({ url: '/treatments', title: 'Treatments', siteName: siteConfig.name, locale: 'en_GB' });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'Treatments' });
    expect(meta.robots).toBeUndefined();
  });

  it('can skip the title template and keep a page out of search engines', () => {
    const home = pageMetadata({ title: { absolute: 'Home' }, description: 'x'.repeat(60), path: '/', noIndex: true });
    expect(home.title).toEqual({ absolute: 'Home' });
    expect(home.openGraph?.title).toBe('Home');
    expect(home.robots).toEqual({ index: false, follow: true });
  });
});

describe('document metadata', () => {
  it('gives every article an article card with dates, section and its own canonical URL', () => {
    for (const article of getArticles()) {
      const meta = articleMetadata(article, getAuthor(article.author));
      expect(meta.alternates?.canonical).toBe(article.url);
      expect(meta.description).toBe(article.description);
      expect(meta.openGraph).toMatchObject({ type: 'article', publishedTime: article.publishedAt.slice(0, 10), tags: article.tags });
    }
  });

  it('gives treatments and clinicians their own canonical URLs', () => {
    for (const t of getTreatments()) expect(treatmentMetadata(t).alternates?.canonical).toBe(t.url);
    for (const a of getAuthors()) {
      const meta = clinicianMetadata(a);
      expect(meta.alternates?.canonical).toBe(a.url);
      expect(meta.openGraph).toMatchObject({ type: 'profile' });
    }
  });
});
