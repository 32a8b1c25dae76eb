import type { TocEntry } from '@/lib/content/toc';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="text-sm">
      <h2 id="toc-heading" className="font-semibold text-ink">On this page</h2>
      <ol className="mt-2 space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : ''}>
            <a href={`#${entry.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {entry.title}
            </a>
          </li>
        ))}
        <li>
          <a href="#references" className="text-brand-700 underline-offset-2 hover:underline">
            References
          </a>
        </li>
      </ol>
    </nav>
  );
}
