import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { siteConfig } from '@/lib/site-config';
import { getArticles, getAuthors, getTreatments } from '@/lib/content/queries';
import { Container } from '@/components/layout/container';
import { ArticleCard, CardGrid, ClinicianCard, TreatmentCard } from '@/components/content/cards';
import { JsonLd } from '@/components/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { medicalClinicJsonLd, webSiteJsonLd } from '@/lib/seo/structured-data';

export const metadata: Metadata = pageMetadata({
  title: { absolute: siteConfig.name },
  description: siteConfig.description,
  path: '/',
});

export default function HomePage() {
  const treatments = getTreatments();
  const articles = getArticles().slice(0, 3);
  const clinicians = getAuthors();
  return (
    <>
      <JsonLd data={medicalClinicJsonLd()} />
      <JsonLd data={webSiteJsonLd()} />
      <section className="border-b border-line bg-brand-50">
        <Container className="py-14 sm:py-20">
          <h1 className="max-w-3xl text-3xl font-semibold leading-tight tracking-tight text-brand-800 sm:text-5xl">
            {siteConfig.tagline}
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink">
            Injections made from your own fat or bone marrow are offered for knee and hip arthritis. Some people feel
            better after them; some do not. The research is still young. We explain what is known, what is not, the
            risks and the regulation, so that you can decide with a specialist.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link href="/book" className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800">
              Book a consultation
            </Link>
            <Link href="/articles" className="rounded-md border border-brand-700 bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-100">
              Read the evidence
            </Link>
            <Link href="/compare" className="rounded-md border border-brand-700 bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-100">
              Compare your options
            </Link>
          </div>
        </Container>
      </section>

      <Container className="py-12">
        <section aria-labelledby="promise">
          <h2 id="promise" className="text-2xl font-semibold">What we promise, and what we don&rsquo;t</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            <li className="rounded-lg border border-line bg-white p-5">
              <p className="font-semibold">Every claim is sourced</p>
              <p className="mt-1 text-sm text-muted">Figures on our pages link to the study they come from, with its design and limits.</p>
            </li>
            <li className="rounded-lg border border-line bg-white p-5">
              <p className="font-semibold">Named, registered clinicians</p>
              <p className="mt-1 text-sm text-muted">Each page is written by one clinician and medically reviewed by another, with dates.</p>
            </li>
            <li className="rounded-lg border border-line bg-white p-5">
              <p className="font-semibold">No promises of results</p>
              <p className="mt-1 text-sm text-muted">No injection can guarantee relief. We tell you the risks and the other options too.</p>
            </li>
          </ul>
        </section>

        {treatments.length > 0 ? (
          <section aria-labelledby="treatments" className="mt-14">
            <h2 id="treatments" className="text-2xl font-semibold">Treatments</h2>
            <CardGrid items={treatments}>{(t) => <TreatmentCard treatment={t} headingLevel={3} />}</CardGrid>
          </section>
        ) : null}

        {articles.length > 0 ? (
          <section aria-labelledby="latest" className="mt-14">
            <h2 id="latest" className="text-2xl font-semibold">Latest articles</h2>
            <CardGrid items={articles}>{(a) => <ArticleCard article={a} headingLevel={3} />}</CardGrid>
            <p className="mt-5">
              <Link href="/articles" className="font-semibold text-brand-700 underline">All articles</Link>
            </p>
          </section>
        ) : null}

        <section aria-labelledby="clinicians" className="mt-14">
          <h2 id="clinicians" className="text-2xl font-semibold">Who you will see</h2>
          <CardGrid items={clinicians} className="mt-5 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
            {(author) => <ClinicianCard author={author} headingLevel={3} />}
          </CardGrid>
        </section>
      </Container>
    </>
  );
}
