import type { PageDiff, WordPart } from '@/lib/reviews/diff';

/**
 * A page's change as text: inserted words underlined in an <ins>, removed ones struck through in a
 * <del>, each also labelled in words ("added", "removed") so the change never relies on colour.
 */
function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.change === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-900 underline decoration-2">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : p.change === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900 line-through decoration-2">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

const label = 'mr-2 inline-block rounded-sm border px-1 text-xs font-bold uppercase tracking-wide';

export function PageDiffView({ diff }: { diff: PageDiff }) {
  const total = diff.added + diff.removed + diff.changed;
  return (
    <section aria-labelledby="diff-title" className="mb-10 max-w-4xl" data-testid="page-diff">
      <h2 id="diff-title" className="mb-2 text-2xl font-bold text-ink">
        What changed since the last approval
      </h2>
      <p className="mb-4 text-muted">
        {total === 0
          ? 'No change in the words of the page.'
          : `${diff.changed} paragraph${diff.changed === 1 ? '' : 's'} changed, ${diff.added} added, ${diff.removed} removed. Added words are underlined, removed words struck through.`}
      </p>
      <div className="space-y-3 text-ink">
        {diff.blocks.map((block, i) => {
          if (block.kind === 'same') {
            return (
              <details key={i} className="text-muted">
                <summary className="cursor-pointer">
                  {block.paragraphs.length} unchanged paragraph{block.paragraphs.length === 1 ? '' : 's'}
                </summary>
                {block.paragraphs.map((p, j) => (
                  <p key={j} className="mt-2 whitespace-pre-wrap">
                    {p}
                  </p>
                ))}
              </details>
            );
          }
          if (block.kind === 'changed') {
            return (
              <p key={i} className="whitespace-pre-wrap border-l-4 border-amber-700 pl-3">
                <span className={`${label} border-amber-700 text-amber-900`}>Changed</span>
                <Words parts={block.parts} />
              </p>
            );
          }
          const added = block.kind === 'added';
          return block.paragraphs.map((p, j) => (
            <p key={`${i}-${j}`} className={`whitespace-pre-wrap border-l-4 pl-3 ${added ? 'border-green-700' : 'border-red-700'}`}>
              <span className={`${label} ${added ? 'border-green-700 text-green-900' : 'border-red-700 text-red-900'}`}>{added ? 'Added' : 'Removed'}</span>
              {added ? (
                <ins className="no-underline">{p}</ins>
              ) : (
                <del className="line-through">{p}</del>
              )}
            </p>
          ));
        })}
      </div>
    </section>
  );
}
