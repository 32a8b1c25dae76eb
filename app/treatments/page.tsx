import type { Metadata } from 'next';
import { getTreatments } from '@/lib/content/queries';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { CardGrid, TreatmentCard } from '@/components/content/cards';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = pageMetadata({
  title: 'Treatments',
  description: 'The injections we discuss with patients: how each is done, its risks, the evidence, the regulation and the price.',
  path: '/treatments',
});

export default function TreatmentsPage() {
  const treatments = getTreatments();
  return (
    <Container className="py-10">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/treatments', label: 'Treatments' }]} />
      <h1 className="mt-4 text-3xl font-semibold tracking-tight sm:text-4xl">Treatments</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        Each page explains how the treatment is done, who it may and may not suit, its risks, what the research does and
        does not show, its regulatory status and its price. None of these injections is a cure for arthritis.
      </p>
      <p className="mt-3 max-w-2xl text-lg">
        <Link href="/compare" className="font-semibold text-brand-700 underline">
          Compare your options
        </Link>{' '}
        to weigh these injections against exercise, pain relief, steroid injections, joint replacement and waiting.
      </p>
      <CardGrid items={treatments} className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {(t) => <TreatmentCard treatment={t} />}
      </CardGrid>
    </Container>
  );
}
