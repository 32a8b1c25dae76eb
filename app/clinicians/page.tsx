import type { Metadata } from 'next';
import { getAuthors } from '@/lib/content/queries';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { CardGrid, ClinicianCard } from '@/components/content/cards';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Our clinicians',
  description: 'The clinicians who see patients, write our articles and medically review every page, with their registration details.',
  path: '/clinicians',
});

export default function CliniciansPage() {
  return (
    <Container className="py-10">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/clinicians', label: 'Clinicians' }]} />
      <h1 className="mt-4 text-3xl font-semibold tracking-tight sm:text-4xl">Our clinicians</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        Every page on this site is written by one of our clinicians and checked by another before it is published. You
        can check each doctor&rsquo;s registration on the regulator&rsquo;s public register.
      </p>
      <CardGrid items={getAuthors()} className="mt-10 grid gap-5 md:grid-cols-2">
        {(author) => <ClinicianCard author={author} />}
      </CardGrid>
    </Container>
  );
}
