import { describeOpeningHours, siteConfig } from '@/lib/site-config';

/**
 * What to do if something goes wrong after an injection, including when the clinic is closed:
 * safety advice must never depend on the clinic alone answering the phone.
 */
export function OutOfHoursAdvice({ headingLevel = 3 }: { headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <aside aria-labelledby="out-of-hours" className="not-prose my-6 rounded-r-md border-l-4 border-caution-700 bg-caution-50 px-5 py-4 text-ink">
      <Heading id="out-of-hours" className="text-lg font-semibold">
        If you feel unwell after your injection
      </Heading>
      <ul className="mt-2 list-disc space-y-2 pl-5 [&_a]:text-brand-700 [&_a]:underline">
        <li>
          <strong>Call 999 or go to A&amp;E</strong> if you have a fever with a hot, swollen, very painful joint, or you
          feel very unwell, confused or breathless. These can be signs of an infection or sepsis, which need treatment
          straight away.
        </li>
        <li>
          <strong>For urgent advice when we are closed</strong>, call NHS 111 or go to{' '}
          <a href="https://111.nhs.uk/">111.nhs.uk</a>. Tell them which joint was injected, and when.
        </li>
        <li>
          <strong>While we are open</strong> ({describeOpeningHours()}), you can also phone us on{' '}
          <a href={`tel:${siteConfig.phone.e164}`}>{siteConfig.phone.display}</a>.
        </li>
      </ul>
    </aside>
  );
}
