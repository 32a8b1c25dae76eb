import { CERTAINTY_MEANING, studiesByDesign, type EvidenceEntry } from '@/lib/content/evidence';
import { CitedText } from './cited-text';

/** Every text of an entry that can cite, in reading order: what a page adds to its reference order. */
export function evidenceTexts(entry: EvidenceEntry): string[] {
  return [
    entry.summary,
    ...entry.studies.map((s) => `[@${s.key}]`),
    'finding' in entry.largestTrial ? entry.largestTrial.finding : '',
    entry.certainty.reason,
  ];
}

function sentenceCase(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One option's evidence from the evidence table: studies by design, the largest randomised trial on
 * this site and how certain the evidence is. The treatment pages' "Evidence at a glance" box and the
 * decision aid both render this, so they show the same facts.
 */
export function EvidenceSummary({ entry, order }: { entry: EvidenceEntry; order: readonly string[] }) {
  const trial = entry.largestTrial;
  const certainty = entry.certainty;
  return (
    <dl className="evidence-summary space-y-3" data-evidence={entry.option}>
      <div>
        <dt className="font-semibold">Studies by design</dt>
        <dd>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {studiesByDesign(entry).map((group) => (
              <li key={group.design}>
                {group.design}
                {group.studies.length > 1 ? ` (${group.studies.length})` : ''}:{' '}
                {group.studies.map((s, i) => (
                  <span key={s.key}>
                    {i > 0 ? '; ' : ''}
                    <CitedText text={`${s.about} [@${s.key}]`} order={order} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt className="font-semibold">Largest randomised trial on this site</dt>
        <dd>
          {'none' in trial ? (
            trial.none
          ) : (
            <>
              {trial.participants} people, compared with {trial.comparedWith}, followed for {trial.followUp}.{' '}
              <CitedText text={trial.finding} order={order} />
            </>
          )}
        </dd>
      </div>
      <div>
        <dt className="font-semibold">How certain the evidence is</dt>
        <dd>
          {certainty.level === 'not rated' ? (
            <>
              Not rated. <CitedText text={certainty.reason} order={order} />
            </>
          ) : (
            <>
              <strong data-certainty={certainty.level}>{sentenceCase(certainty.level)}</strong> (GRADE&rsquo;s wording) for{' '}
              {certainty.outcome}. {CERTAINTY_MEANING[certainty.level]} {certainty.reason}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
