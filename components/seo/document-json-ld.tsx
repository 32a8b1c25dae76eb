import { getTreatments, requireAuthor, type Article, type Treatment } from '@/lib/content/queries';
import { loadBibliography } from '@/lib/content/bibliography';
import { articleJsonLd, faqJsonLd, treatmentJsonLd, treatmentPageJsonLd } from '@/lib/seo/structured-data';
import { JsonLd } from './json-ld';

const peopleOf = (doc: { author: string; reviewer: string }) => ({
  author: requireAuthor(doc.author),
  reviewer: requireAuthor(doc.reviewer),
});

/** An article's MedicalWebPage: author, reviewer, review date, topics and cited studies. */
export function ArticleJsonLd({ article }: { article: Article }) {
  const treatmentUrls = new Set(getTreatments().map((t) => t.url));
  return <JsonLd data={articleJsonLd(article, peopleOf(article), loadBibliography(), treatmentUrls)} />;
}

/** A treatment page: the reviewed page, the procedure it is about, and its FAQ. */
export function TreatmentJsonLd({ treatment }: { treatment: Treatment }) {
  return (
    <>
      <JsonLd data={treatmentPageJsonLd(treatment, peopleOf(treatment), loadBibliography())} />
      <JsonLd data={treatmentJsonLd(treatment)} />
      <JsonLd data={faqJsonLd(treatment.faq)} />
    </>
  );
}
