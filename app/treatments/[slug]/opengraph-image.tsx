import { notFound } from 'next/navigation';
import { getTreatment, getTreatments } from '@/lib/content/queries';
import { ogImageContentType, ogImageSize, renderOgImage, reviewedByline } from '@/lib/seo/og-image';

export const alt = 'The treatment’s name, who medically reviewed the page and when, and the clinic’s name';
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

// One image per published treatment, drawn at build time.
export function generateStaticParams() {
  return getTreatments().map((t) => ({ slug: t.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  return renderOgImage({ eyebrow: 'Treatment', title: treatment.title, byline: reviewedByline(treatment) });
}
