import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/url';

export default function robots(): MetadataRoute.Robots {
  return {
    // Staff tools (the editor is dev-only, but say so anyway), the booking API and the form's
    // post target are not for crawlers; everything public is.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/staff', '/keystatic', '/api/', '/book/submit', '/book/confirmation'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
