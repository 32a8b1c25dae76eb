/** The Atom feed of published articles, built with the `feed` library (escaping, dates, Atom shape). */
import { Feed } from 'feed';
import { siteConfig } from '@/lib/site-config';
import { escapeHtml } from '@/lib/text/escape-html';
import { CATEGORY_LABELS } from '@/lib/content/schema';
import type { Article, Author } from '@/lib/content/queries';
import { FEED_PATH } from './metadata';
import { absoluteUrl, lastModifiedOf } from './url';
import { pageReview } from '@/lib/content/reviews';

/** Dates in content are days; noon UTC keeps them on the same day in every reader's time zone. */
const day = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

export function buildArticleFeed(articles: Article[], authorOf: (slug: string) => Author | undefined): Feed {
  const newest = articles.map(lastModifiedOf).sort().at(-1);
  const feed = new Feed({
    id: absoluteUrl('/'),
    title: `${siteConfig.name}: articles`,
    description: siteConfig.description,
    link: absoluteUrl('/articles'),
    language: siteConfig.locale,
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${siteConfig.name}`,
    // From the content, not the clock, so the same content always builds the same feed.
    updated: newest ? day(newest) : undefined,
    feedLinks: { atom: absoluteUrl(FEED_PATH) },
    author: { name: siteConfig.name, link: absoluteUrl('/') },
  });
  for (const article of articles) {
    const author = authorOf(article.author);
    const url = absoluteUrl(article.url);
    // An update reaches feed readers with its public change notes (GOV.UK style), newest first.
    const history = pageReview(article).history;
    const changes = history.length
      ? `<h2>What changed</h2><ul>${history.map((h) => `<li>${escapeHtml(h.date)}: ${escapeHtml(h.note)}</li>`).join('')}</ul>`
      : '';
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      description: article.description,
      content: `<p>${escapeHtml(article.description)}</p><h2>Key points</h2><ul>${article.summary
        .map((point) => `<li>${escapeHtml(point)}</li>`)
        .join('')}</ul>${changes}`,
      date: day(lastModifiedOf(article)),
      published: day(article.publishedAt),
      author: author ? [{ name: author.name, link: absoluteUrl(author.url) }] : undefined,
      category: [{ name: CATEGORY_LABELS[article.category], term: article.category }],
    });
  }
  return feed;
}
