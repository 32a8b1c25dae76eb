import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getAuthor, getAuthors, getWorkOf } from '@/lib/content/queries';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { MdxContent } from '@/components/mdx/mdx-content';
import { DraftBadge } from '@/components/content/cards';
import { JsonLd } from '@/components/seo/json-ld';
import { clinicianMetadata } from '@/lib/seo/metadata';
import { clinicianJsonLd } from '@/lib/seo/structured-data';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAuthors().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return clinicianMetadata(author);
}

const registerUrls: Record<string, string> = {
  GMC: 'https://www.gmc-uk.org/registration-and-licensing/the-medical-register',
  HCPC: 'https://www.hcpc-uk.org/check-the-register/',
  NMC: 'https://www.nmc.org.uk/registration/search-the-register/',
};

export default async function ClinicianPage({ params }: Props) {
  const author = getAuthor((await params).slug);
  if (!author) notFound();
  const { wrote, reviewed } = getWorkOf(author.slug);
  const registerUrl = author.registration ? registerUrls[author.registration.body] : undefined;
  return (
    <Container className="py-10">
      <JsonLd data={clinicianJsonLd(author)} />
      <Breadcrumbs
        items={[
          { href: '/', label: 'Home' },
          { href: '/clinicians', label: 'Clinicians' },
          { href: author.url, label: author.name },
        ]}
      />
      <div className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- small local SVG portrait */}
        <img src={author.photo} alt={author.photoAlt} width={160} height={160} className="h-40 w-40 rounded-full bg-brand-50" />
        <div className="max-w-2xl">
          <h1 className="text-3xl font-semibold tracking-tight">{author.name}</h1>
          {author.credentials ? <p className="mt-1 text-muted">{author.credentials}</p> : null}
          <p className="mt-1 font-medium">{author.role}</p>
          {author.registration ? (
            <p className="mt-2 text-sm">
              Registered with the {author.registration.body}, number {author.registration.number}
              {registerUrl ? (
                <>
                  {' '}
                  (<a href={registerUrl} className="text-brand-700 underline" rel="noopener">check the register</a>)
                </>
              ) : null}
            </p>
          ) : null}
          <div className="prose prose-slate mt-6">
            <MdxContent code={author.body.code} />
          </div>
        </div>
      </div>
      <div className="mt-12 grid gap-10 md:grid-cols-2">
        <WorkList title="Pages written" docs={wrote} empty="No pages yet." />
        <WorkList title="Pages medically reviewed" docs={reviewed} empty="No reviews yet." />
      </div>
    </Container>
  );
}

function WorkList({ title, docs, empty }: { title: string; docs: { url: string; title: string; draft?: boolean }[]; empty: string }) {
  return (
    <section>
      <h2 className="text-xl font-semibold">{title}</h2>
      {docs.length === 0 ? (
        <p className="mt-3 text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {docs.map((doc) => (
            <li key={doc.url}>
              <Link href={doc.url} className="text-brand-700 underline">
                {doc.title}
              </Link>
              <DraftBadge draft={doc.draft} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
