import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';
import { Breadcrumbs } from '@/components/content/breadcrumbs';
import { ReferenceList } from '@/components/content/reference-list';
import { DecisionAidOptionCard, optionTexts } from '@/components/content/decision-aid-option';
import { evidenceTexts } from '@/components/content/evidence-summary';
import { CONSULTATION_QUESTIONS, decisionAidOptions } from '@/lib/content/decision-aid';
import { citationOrder } from '@/lib/content/cited-text';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = pageMetadata({
  title: 'Compare your options for knee and hip arthritis',
  description:
    'Exercise, pain relief, steroid, PRP, fat and bone marrow injections, lab-grown cells, joint replacement and waiting: the evidence, risks and costs side by side.',
  path: '/compare',
});

export default function ComparePage() {
  const options = decisionAidOptions();
  const order = citationOrder(options.flatMap((o) => [...optionTexts(o), ...evidenceTexts(o.evidence)]));
  return (
    <Container className="py-10">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/compare', label: 'Compare your options' }]} />
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-semibold leading-tight tracking-tight sm:text-4xl">
          Compare your options for knee and hip arthritis
        </h1>
        <div className="mt-3 space-y-3 text-lg text-ink">
          <p>
            There is more than one way to manage osteoarthritis of the knee or hip. This page sets the options side by side:
            what each involves, what the research shows and how sure we can be, the risks, the recovery, the cost and what
            happens if it does not help. It is meant to help you decide with a clinician, not on your own.
          </p>
          <p>
            The options are the same for the knee and the hip. Most of the studies were in the knee; where a study was in
            the hip, it says so. Results vary: no option on this page works for everyone.
          </p>
          <p className="text-base text-muted">
            How sure we can be uses the GRADE system&rsquo;s wording: high, moderate, low or very low certainty. Where we
            have not rated an option ourselves, it says why. Our own treatments are marked with their price.
          </p>
        </div>
      </header>

      <nav aria-labelledby="options-list" className="mt-8 max-w-3xl rounded-lg border border-line bg-white p-4 print:hidden">
        <h2 id="options-list" className="text-base font-semibold">The options</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {options.map((o) => (
            <li key={o.option}>
              <a href={`#${o.option}`} className="text-brand-700 underline">
                {o.evidence.name}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <form action="/book" method="get" className="mt-10 max-w-3xl" aria-describedby="discuss-hint">
        <p id="discuss-hint" className="mb-6 text-ink print:hidden">
          Tick the options you would like to talk about, then use the button at the end to take them to the booking form.
          Nothing is sent until you send that form, and you can change it there.
        </p>
        <div className="space-y-8">
          {options.map((option) => (
            <DecisionAidOptionCard key={option.option} option={option} order={order} />
          ))}
        </div>
        <div className="mt-8 print:hidden">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800"
          >
            Book a consultation to discuss these options
          </button>
        </div>
      </form>

      <section aria-labelledby="questions" className="mt-12 max-w-3xl">
        <h2 id="questions" className="text-2xl font-semibold">Questions to ask at your consultation</h2>
        <ol className="mt-4 list-decimal space-y-2 pl-6 text-ink">
          {CONSULTATION_QUESTIONS.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
        <p className="mt-4 text-ink">
          Our articles on <Link href="/articles/regulation-cell-injections-uk-us" className="text-brand-700 underline">regulation</Link>{' '}
          and <Link href="/articles/knee-and-hip-osteoarthritis-explained" className="text-brand-700 underline">osteoarthritis itself</Link>{' '}
          explain more.
        </p>
      </section>

      <div className="max-w-3xl">
        <ReferenceList keys={order} />
      </div>
    </Container>
  );
}
