import { siteConfig } from '@/lib/site-config';
import { ogImageContentType, ogImageSize, renderOgImage } from '@/lib/seo/og-image';

export const alt = `${siteConfig.name}: ${siteConfig.tagline}`;
export const size = ogImageSize;
export const contentType = ogImageContentType;

export default function Image() {
  return renderOgImage({ eyebrow: 'Regenerative orthopaedics', title: siteConfig.tagline });
}
