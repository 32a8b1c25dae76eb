/**
 * JSON-LD builders. Each returns a schema-dts type, so the compiler rejects a property or a type
 * that schema.org does not have; the facts come from the site config and the compiled content.
 */
import type {
  BreadcrumbList,
  FAQPage,
  IndividualPhysicianLeaf,
  MedicalClinic,
  MedicalWebPage,
  MedicalWebPageLeaf,
  OpeningHoursSpecification,
  PersonLeaf,
  PropertyValue,
  ScholarlyArticle,
  SearchAction,
  TherapeuticProcedure,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { siteConfig } from '@/lib/site-config';
import type { Article, Author, Treatment } from '@/lib/content/queries';
import type { Reference } from '@/lib/content/bibliography';
import { doiUrl, pubmedUrl } from '@/lib/content/bibliography';
import { isoDay } from '@/lib/content/dates';
import { absoluteUrl, lastModifiedOf } from './url';
import { reviewedOn } from '@/lib/content/reviews';
import { procedureId, topicsFor } from './topics';

export const CLINIC_ID = `${siteConfig.url}/#clinic`;
export const WEBSITE_ID = `${siteConfig.url}/#website`;
export const SEARCH_PATH = '/search';

const context = 'https://schema.org' as const;

export function personId(author: Pick<Author, 'url'>): string {
  return `${absoluteUrl(author.url)}#person`;
}

function openingHours(): OpeningHoursSpecification[] {
  return siteConfig.openingHours.map((h) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: [...h.days],
    opens: h.opens,
    closes: h.closes,
  }));
}

/** The clinic: on the home and booking pages, and referenced by @id everywhere else. */
export function medicalClinicJsonLd(): WithContext<MedicalClinic> {
  const { address, phone } = siteConfig;
  return {
    '@context': context,
    '@type': 'MedicalClinic',
    '@id': CLINIC_ID,
    name: siteConfig.name,
    alternateName: siteConfig.shortName,
    description: siteConfig.description,
    url: absoluteUrl('/'),
    logo: absoluteUrl('/icon.svg'),
    image: absoluteUrl('/opengraph-image'),
    telephone: phone.e164,
    email: siteConfig.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      addressLocality: address.locality,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    openingHoursSpecification: openingHours(),
    currenciesAccepted: 'GBP',
    ...(siteConfig.social.length > 0 ? { sameAs: siteConfig.social.map((s) => s.href) } : {}),
  };
}

/** The site, with the search page as its SearchAction (only on the home page). */
export function webSiteJsonLd(): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(SEARCH_PATH)}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': context,
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    name: siteConfig.name,
    url: absoluteUrl('/'),
    inLanguage: siteConfig.locale,
    publisher: { '@id': CLINIC_ID },
    potentialAction: search,
  };
}

/**
 * A clinician. Doctors on the GMC register are `IndividualPhysician` (schema.org's type for one
 * practitioner); anyone else is a `Person` with a job title, since calling them a physician
 * would be false.
 */
export function clinicianEntity(author: Author): IndividualPhysicianLeaf | PersonLeaf {
  const common = {
    '@id': personId(author),
    name: author.name,
    url: absoluteUrl(author.url),
    image: absoluteUrl(author.photo),
    description: author.role,
  };
  if (author.registration?.body === 'GMC') {
    const registration: PropertyValue = {
      '@type': 'PropertyValue',
      propertyID: 'GMC reference number',
      value: author.registration.number,
    };
    return { '@type': 'IndividualPhysician', ...common, identifier: registration, practicesAt: { '@id': CLINIC_ID } };
  }
  return {
    '@type': 'Person',
    ...common,
    jobTitle: author.role,
    honorificSuffix: author.credentials,
    worksFor: { '@id': CLINIC_ID },
    ...(author.registration
      ? { identifier: { '@type': 'PropertyValue', propertyID: `${author.registration.body} registration number`, value: author.registration.number } }
      : {}),
  };
}

export function clinicianJsonLd(author: Author): WithContext<IndividualPhysicianLeaf | PersonLeaf> {
  return { '@context': context, ...clinicianEntity(author) };
}

/** A cited study, identified by DOI (and PubMed ID where known). */
export function scholarlyArticle(ref: Reference): ScholarlyArticle {
  const identifiers: PropertyValue[] = [];
  if (ref.doi) identifiers.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: ref.doi });
  if (ref.pmid) identifiers.push({ '@type': 'PropertyValue', propertyID: 'PMID', value: ref.pmid });
  const links = [ref.doi ? doiUrl(ref.doi) : undefined, ref.pmid ? pubmedUrl(ref.pmid) : undefined].filter(
    (u): u is string => Boolean(u),
  );
  return {
    '@type': 'ScholarlyArticle',
    name: ref.title,
    headline: ref.title,
    author: ref.authors.map((name) => ({ '@type': 'Person', name })),
    ...(ref.year ? { datePublished: String(ref.year) } : {}),
    ...(ref.journal ? { isPartOf: { '@type': 'Periodical', name: ref.journal } } : {}),
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(links.length > 0 ? { url: links[0], sameAs: links } : ref.url ? { url: ref.url } : {}),
  };
}

type ReviewedDoc = Pick<Article, 'title' | 'description' | 'url' | 'publishedAt' | 'updatedAt' | 'versionHash'> & {
  /** Bibliography keys in order of first citation (Contentlayer types computed lists loosely). */
  citations: string[];
};

function reviewedPage(
  doc: ReviewedDoc,
  people: { author: Author; reviewer: Author },
  bibliography: Map<string, Reference>,
): MedicalWebPageLeaf {
  const url = absoluteUrl(doc.url);
  const reviewed = reviewedOn(doc);
  return {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: doc.title,
    headline: doc.title,
    description: doc.description,
    inLanguage: siteConfig.locale,
    isPartOf: { '@id': WEBSITE_ID },
    publisher: { '@id': CLINIC_ID },
    datePublished: isoDay(doc.publishedAt),
    dateModified: lastModifiedOf(doc),
    ...(reviewed ? { lastReviewed: reviewed } : {}),
    author: clinicianEntity(people.author),
    reviewedBy: clinicianEntity(people.reviewer),
    citation: doc.citations
      .map((key) => bibliography.get(key))
      .filter((ref): ref is Reference => Boolean(ref))
      .map(scholarlyArticle),
  };
}

export function articleJsonLd(
  article: Article,
  people: { author: Author; reviewer: Author },
  bibliography: Map<string, Reference>,
  treatmentUrls: Set<string>,
): WithContext<MedicalWebPage> {
  return {
    '@context': context,
    ...reviewedPage(article, people, bibliography),
    about: topicsFor(article.tags, treatmentUrls),
    keywords: article.tags.join(', '),
    ...(article.heroImage ? { primaryImageOfPage: { '@type': 'ImageObject', url: absoluteUrl(article.heroImage) } } : {}),
  };
}

/** A treatment page: the medically reviewed page, about the procedure described in the next block. */
export function treatmentPageJsonLd(
  treatment: Treatment,
  people: { author: Author; reviewer: Author },
  bibliography: Map<string, Reference>,
): WithContext<MedicalWebPage> {
  return {
    '@context': context,
    ...reviewedPage(treatment, people, bibliography),
    about: { '@id': procedureId(treatment.url) },
  };
}

export function treatmentJsonLd(treatment: Treatment): WithContext<TherapeuticProcedure> {
  return {
    '@context': context,
    '@type': 'TherapeuticProcedure',
    '@id': procedureId(treatment.url),
    name: treatment.title,
    description: treatment.description,
    url: absoluteUrl(treatment.url),
    mainEntityOfPage: { '@id': `${absoluteUrl(treatment.url)}#webpage` },
  };
}

export function faqJsonLd(items: readonly { question: string; answer: string }[]): WithContext<FAQPage> {
  return {
    '@context': context,
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export function breadcrumbJsonLd(items: readonly { href: string; label: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: absoluteUrl(item.href),
    })),
  };
}
