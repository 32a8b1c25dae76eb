import { describe, expect, it } from 'vitest';
import type { BreadcrumbList, FAQPage, MedicalClinic, MedicalWebPage, TherapeuticProcedure, Thing, WebSite, WithContext } from 'schema-dts';
import { getArticles, getAuthors, getTreatments, requireAuthor } from '@/lib/content/queries';
import { reviewRecordOf } from '@/lib/content/reviews';
import { loadBibliography } from '@/lib/content/bibliography';
import { siteConfig } from '@/lib/site-config';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  clinicianJsonLd,
  faqJsonLd,
  medicalClinicJsonLd,
  scholarlyArticle,
  treatmentJsonLd,
  treatmentPageJsonLd,
  webSiteJsonLd,
} from '@/lib/seo/structured-data';
import { schemaProperties, schemaTypes, unknownTerms } from './schema-vocabulary';

const bibliography = loadBibliography();
const articles = getArticles();
const treatments = getTreatments();
const treatmentUrls = new Set(treatments.map((t) => t.url));
const people = (doc: { author: string; reviewer: string }) => ({ author: requireAuthor(doc.author), reviewer: requireAuthor(doc.reviewer) });

/** Opens a typed block up for property checks. */
const open = <T = Record<string, unknown>>(block: object) => block as unknown as T;

/** A built block, typed as schema-dts's root JSON-LD type, opened up for run-time checks. */
const entry = (name: string, data: WithContext<Thing>): [string, Record<string, unknown>] => [name, data as unknown as Record<string, unknown>];

/** Every block the site renders for the real content, named by where it appears. */
function allBlocks(): [string, Record<string, unknown>][] {
  return [
    entry('home: MedicalClinic', medicalClinicJsonLd()),
    entry('home: WebSite', webSiteJsonLd()),
    ...articles.map((a) => entry(`${a.url}: MedicalWebPage`, articleJsonLd(a, people(a), bibliography, treatmentUrls))),
    ...treatments.flatMap((t) => [
      entry(`${t.url}: MedicalWebPage`, treatmentPageJsonLd(t, people(t), bibliography)),
      entry(`${t.url}: TherapeuticProcedure`, treatmentJsonLd(t)),
      entry(`${t.url}: FAQPage`, faqJsonLd(t.faq)),
    ]),
    ...getAuthors().map((a) => entry(`${a.url}: clinician`, clinicianJsonLd(a))),
    entry('breadcrumbs', breadcrumbJsonLd([{ href: '/', label: 'Home' }, { href: '/articles', label: 'Articles' }])),
  ];
}

describe('the schema.org vocabulary check', () => {
  it('reads schema-dts and catches a made-up type or property', () => {
    expect(schemaTypes.has('MedicalWebPage')).toBe(true);
    expect(schemaProperties.has('lastReviewed')).toBe(true);
    expect(unknownTerms({ '@type': 'MedicalWebPage', lastReviewd: '2026-01-01' })).toEqual(['$: property lastReviewd']);
    expect(unknownTerms({ about: [{ '@type': 'Doctor' }] })).toEqual(['$.about[0]: type Doctor']);
  });
});

describe('every JSON-LD block for the real content', () => {
  it('covers the published content', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(treatments.length).toBeGreaterThan(0);
  });

  for (const [name, block] of allBlocks()) {
    it(`${name} has @context, a schema.org @type, only schema.org terms and round-trips through JSON`, () => {
      expect(block['@context']).toBe('https://schema.org');
      expect(typeof block['@type']).toBe('string');
      expect(unknownTerms(block)).toEqual([]);
      expect(JSON.parse(JSON.stringify(block))).toEqual(block);
      // No undefined values that JSON would silently drop.
      expect(JSON.stringify(block)).not.toContain('undefined');
    });
  }
});

describe('MedicalWebPage for articles', () => {
  it('names the reviewer, author, review date, topics and every cited study with its DOI', () => {
    for (const article of articles) {
      const block: WithContext<MedicalWebPage> = articleJsonLd(article, people(article), bibliography, treatmentUrls);
      const page = open<Record<string, unknown> & { citation: { identifier?: { propertyID: string; value: string }[] }[] }>(block);
      expect(page['@type']).toBe('MedicalWebPage');
      expect(page.url).toBe(`${siteConfig.url}${article.url}`);
      expect(page.lastReviewed).toBe(reviewRecordOf(article)!.approvals.findLast((a) => a.hash === article.versionHash)!.reviewedOn);
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((page.reviewedBy as { name: string }).name).toBe(requireAuthor(article.reviewer).name);
      expect((page.author as { name: string }).name).toBe(requireAuthor(article.author).name);
      expect(page.about).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': expect.any(String) })]));
      expect(page.citation).toHaveLength((article.citations as string[]).length);
      for (const [i, key] of (article.citations as string[]).entries()) {
        const ref = bibliography.get(key)!;
        if (ref.doi) {
          expect(page.citation[i].identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: ref.doi });
        }
      }
    }
  });

  it('links a treatment tag to that treatment page’s procedure', () => {
    const article = articles.find((a) => a.tags.includes('lipogems'));
    expect(article).toBeDefined();
    const about = open<{ about: { '@type': string; '@id'?: string }[] }>(articleJsonLd(article!, people(article!), bibliography, treatmentUrls)).about;
    expect(about).toContainEqual(
      expect.objectContaining({ '@type': 'TherapeuticProcedure', '@id': `${siteConfig.url}/treatments/lipogems#procedure` }),
    );
  });
});

describe('cited studies', () => {
  it('carry DOI and PMID identifiers and links', () => {
    const ref = { key: 'x', text: '', title: 'A trial', journal: 'J', year: 2020, authors: ['A B'], doi: '10.1/x', pmid: '123', verified: true };
    expect(scholarlyArticle(ref)).toEqual({
      '@type': 'ScholarlyArticle',
      name: 'A trial',
      headline: 'A trial',
      author: [{ '@type': 'Person', name: 'A B' }],
      datePublished: '2020',
      isPartOf: { '@type': 'Periodical', name: 'J' },
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1/x' },
        { '@type': 'PropertyValue', propertyID: 'PMID', value: '123' },
      ],
      url: 'https://doi.org/10.1/x',
      sameAs: ['https://doi.org/10.1/x', 'https://pubmed.ncbi.nlm.nih.gov/123/'],
    });
  });
});

describe('treatment blocks', () => {
  it('describe the procedure and every FAQ entry', () => {
    for (const treatment of treatments) {
      const procedure: WithContext<TherapeuticProcedure> = treatmentJsonLd(treatment);
      expect(procedure).toMatchObject({ '@type': 'TherapeuticProcedure', name: treatment.title });
      const faq: WithContext<FAQPage> = faqJsonLd(treatment.faq);
      const questions = open<{ mainEntity: { name: string; acceptedAnswer: { text: string } }[] }>(faq).mainEntity;
      expect(questions.map((q) => q.name)).toEqual(treatment.faq.map((f) => f.question));
      expect(questions.every((q, i) => q.acceptedAnswer.text === treatment.faq[i].answer)).toBe(true);
      const page = open(treatmentPageJsonLd(treatment, people(treatment), bibliography));
      expect(page.about).toEqual({ '@id': open<{ '@id': string }>(procedure)['@id'] });
    }
  });
});

describe('the clinic', () => {
  it('takes address, phone and opening hours from the site config', () => {
    const clinic: WithContext<MedicalClinic> = medicalClinicJsonLd();
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      name: siteConfig.name,
      telephone: siteConfig.phone.e164,
      address: { '@type': 'PostalAddress', streetAddress: siteConfig.address.street, postalCode: siteConfig.address.postalCode },
    });
    const hours = open<{ openingHoursSpecification: { dayOfWeek: string[]; opens: string; closes: string }[] }>(clinic).openingHoursSpecification;
    expect(hours.map((h) => [h.dayOfWeek, h.opens, h.closes])).toEqual(siteConfig.openingHours.map((h) => [h.days, h.opens, h.closes]));
  });

  it('offers the search page as the site’s SearchAction', () => {
    const site: WithContext<WebSite> = webSiteJsonLd();
    expect(JSON.stringify(site)).toContain(`${siteConfig.url}/search?q={search_term_string}`);
  });
});

describe('clinicians', () => {
  it('are IndividualPhysician with their GMC number when on the register, Person otherwise', () => {
    for (const author of getAuthors()) {
      const block = open(clinicianJsonLd(author));
      expect(block['@type']).toBe(author.registration?.body === 'GMC' ? 'IndividualPhysician' : 'Person');
      expect(block.name).toBe(author.name);
      if (author.registration) expect(JSON.stringify(block.identifier)).toContain(author.registration.number);
    }
    const unregistered = { ...getAuthors()[0], registration: undefined };
    expect(open(clinicianJsonLd(unregistered))['@type']).toBe('Person');
  });
});

describe('breadcrumbs', () => {
  it('number the trail from 1 with absolute URLs', () => {
    const list: WithContext<BreadcrumbList> = breadcrumbJsonLd([
      { href: '/', label: 'Home' },
      { href: '/treatments', label: 'Treatments' },
    ]);
    expect(open<{ itemListElement: unknown[] }>(list).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteConfig.url}/` },
      { '@type': 'ListItem', position: 2, name: 'Treatments', item: `${siteConfig.url}/treatments` },
    ]);
  });
});
