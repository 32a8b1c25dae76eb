import { cqcProviderId, siteConfig, type HtaPosition } from '@/lib/site-config';

/** The HTA sentence for the clinic's stated position; exported for its unit test. */
export function htaStatement(position: HtaPosition, clinicName: string): string {
  switch (position.kind) {
    case 'licensed':
      return `The Human Tissue Authority (HTA) licenses ${clinicName} to take and use human tissue for treatment (licence number ${position.licenceNumber}). The licence covers how your tissue is taken, handled and recorded.`;
    case 'exempt':
      return `Tissue taken from you and given back to you in the same procedure is exempt from HTA licensing in certain circumstances. The Human Tissue Authority (HTA) confirmed on ${position.confirmedOn} that this exemption applies to our same-day treatments because ${position.circumstances}, so we do not hold an HTA licence for them.`;
  }
}

/**
 * The clinic's own UK regulatory position, from the site config: who regulates the clinic (CQC) and
 * whether the HTA licenses its same-day tissue treatments. Written once here, not in page copy.
 */
export function UkRegulation() {
  const cqc = cqcProviderId();
  return (
    <aside aria-label="Who regulates our clinic" className="not-prose my-6 rounded-r-md border-l-4 border-brand-600 bg-brand-50 px-5 py-4 text-ink">
      <p className="font-semibold">Who regulates our clinic</p>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        <li>
          The Care Quality Commission (CQC) regulates {siteConfig.name} as a provider of health care
          {cqc ? ` (provider ID ${cqc})` : ''}. It inspects the clinic itself: its safety, its staff and how it is run.
        </li>
        <li>{htaStatement(siteConfig.humanTissueAuthority, siteConfig.name)}</li>
        <li>Neither the CQC nor the HTA judges whether a treatment works.</li>
      </ul>
    </aside>
  );
}
