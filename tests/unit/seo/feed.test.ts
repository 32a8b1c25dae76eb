import { describe, expect, it } from 'vitest';
import { getArticles, getAuthor } from '@/lib/content/queries';
import { buildArticleFeed } from '@/lib/seo/feed';
import { siteConfig } from '@/lib/site-config';
import { reviewRecordOf } from '@/lib/content/reviews';

describe('the article feed', () => {
  const articles = getArticles();
  const feed = buildArticleFeed(articles, getAuthor);
  const atom = feed.atom1();

  it('has one entry per published article, with its absolute URL, author and category', () => {
    expect(feed.items).toHaveLength(articles.length);
    for (const [i, article] of articles.entries()) {
      expect(feed.items[i].link).toBe(`${siteConfig.url}${article.url}`);
      expect(feed.items[i].author?.[0]?.name).toBe(getAuthor(article.author)!.name);
    }
  });

  it('is Atom with its own self link, and escapes text', () => {
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(atom).toContain(`<link rel="self" href="${siteConfig.url}/feed.xml"/>`);
    expect(atom.match(/<entry>/g)).toHaveLength(articles.length);
    const tricky = buildArticleFeed([{ ...articles[0], title: 'Fat & bone <marrow>' }], getAuthor).atom1();
    // Either escaped or in CDATA: never raw markup in the XML.
    expect(tricky.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain('<marrow>');
    expect(tricky).toMatch(/<!\[CDATA\[Fat & bone <marrow>\]\]>|Fat &amp; bone &lt;marrow&gt;/);
  });

  it('carries each article\'s public change notes from its review record, dated by the review', () => {
    for (const [i, article] of articles.entries()) {
      const record = reviewRecordOf(article)!;
      const newest = record.approvals.at(-1)!;
      expect(feed.items[i].content).toContain('<h2>What changed</h2>');
      expect(feed.items[i].content).toContain(`${newest.reviewedOn}: ${newest.changeNote}`);
      expect(feed.items[i].date.toISOString().slice(0, 10) >= newest.reviewedOn).toBe(true);
    }
  });

  it('is the same for the same content (no clock in it)', () => {
    expect(buildArticleFeed(articles, getAuthor).atom1()).toBe(atom);
  });
});
