import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTreatment, getTreatments } from '@/lib/content/queries';
import type { TocEntry } from '@/lib/content/toc';
import { ReviewedPage } from '@/components/layouts/reviewed-page';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PriceBox } from '@/components/content/price-box';
import { Faq } from '@/components/content/faq';
import { BookingCta } from '@/components/content/booking-cta';
import { TreatmentJsonLd } from '@/components/seo/document-json-ld';
import { treatmentMetadata } from '@/lib/seo/metadata';
import { evidenceForTreatment } from '@/lib/content/evidence';
import { citationOrder } from '@/lib/content/cited-text';
import { EvidenceAtAGlance } from '@/components/content/evidence-at-a-glance';
import { evidenceTexts } from '@/components/content/evidence-summary';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTreatments().map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const treatment = getTreatment((await params).slug);
  if (!treatment) return {};
  return treatmentMetadata(treatment);
}

export default async function TreatmentPage({ params }: Props) {
  const treatment = getTreatment((await params).slug);
  if (!treatment) notFound();
  const evidence = evidenceForTreatment(treatment.slug);
  // The body's citations keep their numbers; the evidence box's other sources follow them.
  const citations = citationOrder(evidence ? evidenceTexts(evidence) : [], treatment.citations);
  const toc: TocEntry[] = [
    ...(evidence ? [{ depth: 2 as const, title: 'Evidence at a glance', id: 'evidence-at-a-glance' }] : []),
    ...(treatment.toc as TocEntry[]),
    { depth: 2, title: 'Price', id: 'price' },
    { depth: 2, title: 'Frequently asked questions', id: 'faq' },
  ];
  return (
    <ReviewedPage
      doc={{ ...treatment, citations }}
      eyebrow="Treatment"
      toc={toc}
      crumbs={[
        { href: '/', label: 'Home' },
        { href: '/treatments', label: 'Treatments' },
        { href: treatment.url, label: treatment.title },
      ]}
      footer={<BookingCta topic={evidence?.consultationTopic} discuss={evidence?.option} />}
    >
      <TreatmentJsonLd treatment={treatment} />
      {evidence ? <EvidenceAtAGlance entry={evidence} order={citations} /> : null}
      <MdxContent code={treatment.body.code} />
      <h2 id="price">Price</h2>
      <PriceBox priceKey={treatment.priceKey} />
      <h2 id="faq">Frequently asked questions</h2>
      <Faq items={treatment.faq} />
    </ReviewedPage>
  );
}
