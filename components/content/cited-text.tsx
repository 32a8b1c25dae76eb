import { referenceAnchor } from '@/lib/content/citations';
import { splitCitations } from '@/lib/content/cited-text';

/** Text with `[@key]` citations rendered as numbered links to the page's reference list. */
export function CitedText({ text, order }: { text: string; order: readonly string[] }) {
  return (
    <>
      {splitCitations(text).map((segment, i) => {
        if ('text' in segment) return <span key={i}>{segment.text}</span>;
        return (
          <sup key={i} className="citation ml-0.5 text-[0.75em] font-semibold">
            {segment.keys.map((key, j) => {
              const n = order.indexOf(key) + 1;
              if (n === 0) throw new Error(`Citation [@${key}] is missing from this page's reference order`);
              return (
                <span key={key}>
                  {j > 0 ? ',\u2009' : null}
                  <a href={`#${referenceAnchor(key)}`} aria-label={`Reference ${n}`} className="text-brand-700 no-underline hover:underline">
                    {n}
                  </a>
                </span>
              );
            })}
          </sup>
        );
      })}
    </>
  );
}
