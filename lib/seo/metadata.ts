/**
 * Builds Next `Metadata` for a page: canonical URL, Open Graph and Twitter card.
 *
 * Next merges metadata shallowly: a page that sets `alternates` or `openGraph` replaces the
 * layout's whole object. So every page goes through here and gets the full set, including the
 * feed link and the site name.
 */
import type { Metadata } from 'next';
import { siteConfig } from '@/lib/site-config';
import { CATEGORY_LABELS } from '@/lib/content/schema';
import type { Article, Author, Treatment } from '@/lib/content/queries';
import { isoDay } from '@/lib/content/dates';
import { absoluteUrl, lastModifiedOf } from './url';

export const FEED_PATH = '/feed.xml';

export const feedAlternate = {
  'application/atom+xml': [{ url: FEED_PATH, title: `${siteConfig.name}: articles` }],
};

/** Open Graph wants "en_GB", not the BCP 47 "en-GB". */
export const ogLocale = siteConfig.locale.replace('-', '_');

type PageInput = {
  /** Filled into the layout's "%s | clinic" template; `{ absolute }` skips the template (home page). */
  title: string | { absolute: string };
  description: string;
  /** Path of the page, e.g. "/articles"; made absolute with the site URL through metadataBase. */
  path: string;
  noIndex?: boolean;
  /**
   * Pages with their own opengraph-image.tsx (articles, treatments) pass false; the rest name the
   * site's card, because a page's openGraph would otherwise hide the root opengraph-image.
   */
  defaultImage?: boolean;
};

/** The site-wide card drawn by app/opengraph-image.tsx. */
const defaultImage = {
  url: '/opengraph-image',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: `${siteConfig.name}: ${siteConfig.tagline}`,
};

export function pageMetadata({ title, description, path, noIndex, defaultImage: useDefaultImage = true }: PageInput): Metadata {
  const plainTitle = typeof title === 'string' ? title : title.absolute;
  // Leave the key out entirely (not undefined) so the segment's own image file applies.
  const images = useDefaultImage ? { images: [defaultImage] } : {};
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternate },
    openGraph: {
      type: 'website',
      url: path,
      title: plainTitle,
      description,
      siteName: siteConfig.name,
      locale: ogLocale,
      ...images,
    },
    twitter: { card: 'summary_large_image', title: plainTitle, description, ...images },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** An article: Open Graph type "article" with its dates, section and tags. */
export function articleMetadata(article: Article, author?: Author): Metadata {
  const base = pageMetadata({ title: article.title, description: article.description, path: article.url, defaultImage: false });
  return {
    ...base,
    authors: author ? [{ name: author.name, url: author.url }] : undefined,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: isoDay(article.publishedAt),
      modifiedTime: lastModifiedOf(article),
      section: CATEGORY_LABELS[article.category],
      tags: article.tags,
      authors: author ? [absoluteUrl(author.url)] : undefined,
    },
  };
}

export function treatmentMetadata(treatment: Treatment): Metadata {
  return pageMetadata({ title: treatment.title, description: treatment.description, path: treatment.url, defaultImage: false });
}

export function clinicianMetadata(author: Author): Metadata {
  const base = pageMetadata({
    title: author.name,
    description: `${author.name}, ${author.role}: profile, registration and the pages they wrote or reviewed.`,
    path: author.url,
  });
  return { ...base, openGraph: { ...base.openGraph, type: 'profile' } };
}
