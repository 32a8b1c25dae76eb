import { Link } from '@/components/ui/link';
import type { EvidenceEntry } from '@/lib/content/evidence';
import { CitedText } from './cited-text';
import { EvidenceSummary } from './evidence-summary';

/** The box at the top of a treatment page, generated from the evidence table. */
export function EvidenceAtAGlance({ entry, order }: { entry: EvidenceEntry; order: readonly string[] }) {
  return (
    <section aria-labelledby="evidence-at-a-glance" className="not-prose mb-10 rounded-lg border border-line bg-white px-5 py-5 text-ink">
      <h2 id="evidence-at-a-glance" className="text-xl font-semibold">
        Evidence at a glance
      </h2>
      <p className="mt-2">
        <CitedText text={entry.summary} order={order} />
      </p>
      <div className="mt-4">
        <EvidenceSummary entry={entry} order={order} />
      </div>
      <p className="mt-4">
        <Link href={`/compare#${entry.option}`} className="font-semibold text-brand-700 underline">
          Compare it with your other options
        </Link>
      </p>
    </section>
  );
}
