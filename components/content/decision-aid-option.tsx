import { Link } from '@/components/ui/link';
import type { DecisionAidOption } from '@/lib/content/decision-aid';
import { describePrice, siteConfig } from '@/lib/site-config';
import { CitedText } from './cited-text';
import { EvidenceSummary } from './evidence-summary';

/** Every text of an option that can cite, in reading order. */
export function optionTexts(option: DecisionAidOption): string[] {
  return [option.involves, option.evidence.summary, option.likelyBenefit, option.risks, option.recovery, option.cost, option.nhs, option.ifItDoesNotWork];
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line pt-3">
      <dt className="font-semibold text-ink">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

/**
 * One option of the decision aid as a card: stacked rows rather than a wide table, so it reads on a
 * 360 px phone and prints on paper. The checkbox belongs to the page's GET form to /book.
 */
export function DecisionAidOptionCard({ option, order }: { option: DecisionAidOption; order: readonly string[] }) {
  const { evidence } = option;
  const headingId = `${option.option}-heading`;
  const price = option.priceKey ? siteConfig.prices[option.priceKey] : null;
  return (
    <section id={option.option} aria-labelledby={headingId} className="decision-card scroll-mt-4 rounded-lg border border-line bg-white p-5">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {evidence.name}
      </h2>
      <dl className="mt-3 space-y-3 text-ink">
        <Row label="What it involves">
          <CitedText text={option.involves} order={order} />
        </Row>
        <Row label="What the evidence shows">
          <p>
            <CitedText text={evidence.summary} order={order} />
          </p>
          <div className="mt-2 rounded-md bg-brand-50 p-3 text-sm">
            <EvidenceSummary entry={evidence} order={order} />
          </div>
        </Row>
        <Row label="Likely benefit">
          <CitedText text={option.likelyBenefit} order={order} />
        </Row>
        <Row label="Risks">
          <CitedText text={option.risks} order={order} />
        </Row>
        <Row label="Recovery">
          <CitedText text={option.recovery} order={order} />
        </Row>
        <Row label="Cost">
          {price && option.priceKey ? (
            <>
              {price.kind === 'not-offered' ? 'We do not sell it. ' : <>At our clinic: <strong>{describePrice(option.priceKey)}</strong> for one joint. </>}
            </>
          ) : null}
          <CitedText text={option.cost} order={order} />
        </Row>
        <Row label="On the NHS">
          <CitedText text={option.nhs} order={order} />
        </Row>
        <Row label="If it does not work">
          <CitedText text={option.ifItDoesNotWork} order={order} />
        </Row>
      </dl>
      {evidence.treatmentSlug ? (
        <p className="mt-4">
          <Link href={`/treatments/${evidence.treatmentSlug}`} className="font-semibold text-brand-700 underline">
            Our treatment page: {evidence.name}
          </Link>
        </p>
      ) : null}
      <div className="mt-4 flex items-start gap-3 border-t border-line pt-4 print:hidden">
        <input
          id={`discuss-${option.option}`}
          name="discuss"
          type="checkbox"
          value={option.option}
          className="mt-0.5 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={`discuss-${option.option}`} className="text-base text-ink">
          Discuss at my consultation: {evidence.name}
        </label>
      </div>
    </section>
  );
}
