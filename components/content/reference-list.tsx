import { doiUrl, loadBibliography, pubmedUrl } from '@/lib/content/bibliography';
import { referenceAnchor } from '@/lib/content/citations';

/** The numbered reference list; entry N is the Nth key cited on the page. */
export function ReferenceList({ keys }: { keys: string[] }) {
  if (keys.length === 0) return null;
  const bibliography = loadBibliography();
  return (
    <section aria-labelledby="references" className="render-when-near mt-12 border-t border-line pt-8">
      <h2 id="references" className="text-xl font-semibold">References</h2>
      <ol className="reference-list mt-4 list-decimal space-y-3 pl-6 text-sm leading-relaxed marker:font-semibold">
        {keys.map((key) => {
          const ref = bibliography.get(key);
          if (!ref) throw new Error(`Citation [@${key}] is not in content/references.bib`);
          return (
            <li key={key} id={referenceAnchor(key)} className="scroll-mt-4 pl-1">
              <span>{ref.text}</span>
              {ref.doi || ref.pmid || ref.url ? (
                <span className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
                  {ref.doi ? (
                    <a href={doiUrl(ref.doi)} className="text-brand-700 underline" rel="noopener">
                      DOI: {ref.doi}
                    </a>
                  ) : null}
                  {ref.pmid ? (
                    <a href={pubmedUrl(ref.pmid)} className="text-brand-700 underline" rel="noopener">
                      PubMed: {ref.pmid}
                    </a>
                  ) : null}
                  {ref.url && !ref.doi ? (
                    <a href={ref.url} className="text-brand-700 underline" rel="noopener">
                      Full text
                    </a>
                  ) : null}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
