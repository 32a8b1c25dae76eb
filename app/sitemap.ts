import type { MetadataRoute } from 'next';
import { publishedRoutes } from '@/lib/seo/routes';
import { absoluteUrl } from '@/lib/seo/url';

export default function sitemap(): MetadataRoute.Sitemap {
  return publishedRoutes().map(({ path, lastModified }) => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  }));
}
