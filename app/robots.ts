import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/url';

export default function robots(): MetadataRoute.Robots {
  return {
    // Staff tools and the booking API are not for crawlers; everything public is.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/staff', '/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
