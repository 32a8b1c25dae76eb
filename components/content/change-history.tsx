import type { PageReview } from '@/lib/content/reviews';
import { DateText } from './date';

/** GOV.UK-style "What changed": each approved version's public change note, newest first. */
export function ChangeHistory({ history }: { history: PageReview['history'] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="what-changed" className="mt-12 border-t border-line pt-6">
      <h2 id="what-changed" className="text-xl font-semibold">
        What changed
      </h2>
      <ol className="mt-3 space-y-2 text-sm" data-testid="change-history">
        {history.map((entry, i) => (
          <li key={i}>
            <span className="font-semibold">
              <DateText value={entry.date} />
            </span>
            : {entry.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
