/**
 * The clinic's identity, prices and privacy settings: the one place these facts live.
 *
 * EVERYTHING HERE IS SAMPLE DATA. Replace it with the clinic's real details before going live
 * (see README, "Replace the sample data"). The phone number is from Ofcom's range reserved for
 * drama, the registration numbers are placeholders and the address is fictional. `sampleFields`
 * lists what is still sample data: `npm run check:go-live` refuses to pass while it is not empty.
 */

export type Money = { amount: number; currency: 'GBP' };

/** A price is either a range the clinic charges, or a statement that the treatment is not sold. */
export type PriceEntry =
  | { kind: 'range'; label: string; from: Money; to: Money; includes: string }
  | { kind: 'fixed'; label: string; amount: Money; includes: string }
  | { kind: 'not-offered'; label: string; reason: string };

export type OpeningHours = {
  /** schema.org day names, e.g. "Monday". */
  days: readonly ('Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday')[];
  opens: string;
  closes: string;
};

/** A registration the clinic holds; `id` lets a page find one without matching its label. */
export type Registration = { id: 'cqc' | 'company' | 'ico'; label: string; value: string };

/**
 * Whether the Human Tissue Authority licenses the clinic's same-day tissue treatments. Tissue taken
 * and given back in the same procedure is exempt from licensing only in certain circumstances, so
 * the clinic states which applies to it: its licence, or the exemption the HTA confirmed.
 */
export type HtaPosition =
  | { kind: 'licensed'; licenceNumber: string }
  | { kind: 'exempt'; confirmedOn: string; circumstances: string };

/** Dotted paths of siteConfig fields that still hold sample data (see the go-live check). */
export type SampleField =
  | 'address'
  | 'phone'
  | 'email'
  | 'registrations'
  | 'humanTissueAuthority'
  | 'privacy.dataProtectionContact'
  | 'privacy.processors';

export const siteConfig = {
  name: 'Northfield Regenerative Orthopaedics',
  shortName: 'Northfield Ortho',
  tagline: 'Honest information about cell-based injections for joint pain',
  description:
    'An orthopaedic clinic that explains what the evidence does and does not show about fat- and bone-marrow-derived injections for knee and hip osteoarthritis, and offers consultations.',
  /** Canonical origin of the deployed site; used for canonical URLs, the sitemap and feeds. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  locale: 'en-GB',
  address: {
    street: '12 Example Mews',
    locality: 'London',
    region: 'Greater London',
    postalCode: 'W1A 0AX',
    country: 'GB',
    countryName: 'United Kingdom',
  },
  phone: { display: '020 7946 0321', e164: '+442079460321' },
  email: 'enquiries@northfield-ortho.example',
  registrations: [
    { id: 'cqc', label: 'Care Quality Commission provider ID', value: '1-000000000 (sample)' },
    { id: 'company', label: 'Registered in England and Wales, company number', value: '00000000 (sample)' },
    { id: 'ico', label: 'ICO registration number', value: 'ZA000000 (sample)' },
  ] satisfies Registration[],
  /** Rendered on treatment pages and the regulation article by <UkRegulation />. */
  humanTissueAuthority: { kind: 'licensed', licenceNumber: '00000 (sample)' } as HtaPosition,
  openingHours: [
    { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:30' },
    { days: ['Saturday'], opens: '09:00', closes: '13:00' },
  ] satisfies OpeningHours[],
  /** Keys are referenced by treatment pages (`priceKey`) and the `<Price item="…" />` MDX component. */
  prices: {
    consultation: {
      kind: 'fixed',
      label: 'Initial consultation with a specialist',
      amount: { amount: 250, currency: 'GBP' },
      includes: 'a 45-minute appointment, examination and a written summary. Imaging, if needed, is quoted separately.',
    },
    lipogems: {
      kind: 'range',
      label: 'Micro-fragmented fat (Lipogems) injection, one joint',
      from: { amount: 4200, currency: 'GBP' },
      to: { amount: 5600, currency: 'GBP' },
      includes: 'the harvest, processing and ultrasound-guided injection in one visit, and two follow-up reviews.',
    },
    bmac: {
      kind: 'range',
      label: 'Bone marrow aspirate concentrate (BMAC) injection, one joint',
      from: { amount: 3800, currency: 'GBP' },
      to: { amount: 5200, currency: 'GBP' },
      includes: 'the bone marrow harvest, processing and image-guided injection in one visit, and two follow-up reviews.',
    },
    'adipose-msc': {
      kind: 'not-offered',
      label: 'Culture-expanded adipose-derived stem cell injection',
      reason:
        'Cells grown in a laboratory are regulated as medicines in the UK. No such product is licensed for arthritis, so they are mainly given in authorised clinical trials, and we do not sell this treatment. We can talk you through trial options.',
    },
  } satisfies Record<string, PriceEntry>,
  privacy: {
    /** Bump when the privacy notice text changes: it is stored with every consent record. */
    noticeVersion: '2026-12-02',
    /** Consultation requests that do not become patients are deleted after this many months. */
    retentionMonths: 12,
    dataProtectionContact: 'privacy@northfield-ortho.example',
    /** How long the web server's access logs (IP address, time, page) are kept; set the reverse proxy to match. */
    accessLogDays: 30,
    processors: [
      { name: 'Hosting provider (sample)', purpose: 'runs the website and its database', location: 'United Kingdom' },
      { name: 'Email provider (sample)', purpose: 'delivers confirmation and notification emails', location: 'United Kingdom' },
    ],
  },
  /** Appointments staff offer from the request page, and the reminders the outbox sends for them. */
  appointments: {
    /** The clinic's zone: times are offered and shown in it, and stored as UTC instants with it. */
    timeZone: 'Europe/London',
    durationMinutes: 45,
    /** Reminders this many days before, at the appointment's local time of day. */
    reminderDaysBefore: [7, 1],
    /** No reminder is sent between these local times; one that would fall there goes at `end` that day. */
    quietHours: { start: '21:00', end: '08:00' },
  },
  social: [] as { label: string; href: string }[],
  /** Fields above that are still sample data. Empty it field by field as the real details go in. */
  sampleFields: [
    'address',
    'phone',
    'email',
    'registrations',
    'humanTissueAuthority',
    'privacy.dataProtectionContact',
    'privacy.processors',
  ] as readonly SampleField[],
} as const;

export type PriceKey = keyof typeof siteConfig.prices;
export const priceKeys = Object.keys(siteConfig.prices) as [PriceKey, ...PriceKey[]];

export function formatMoney(money: Money): string {
  return new Intl.NumberFormat(siteConfig.locale, {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: 0,
  }).format(money.amount);
}

/** A one-line, human-readable price for a price key, e.g. "£4,200 to £5,600". */
export function describePrice(key: PriceKey): string {
  const entry: PriceEntry = siteConfig.prices[key];
  switch (entry.kind) {
    case 'range':
      return `${formatMoney(entry.from)} to ${formatMoney(entry.to)}`;
    case 'fixed':
      return formatMoney(entry.amount);
    case 'not-offered':
      return 'Not offered as a paid treatment';
  }
}

/** The opening hours in words, e.g. "Monday to Friday 09:00 to 17:30, Saturday 09:00 to 13:00". */
export function describeOpeningHours(hours: readonly OpeningHours[] = siteConfig.openingHours): string {
  return hours
    .map((h) => {
      const days = h.days.length > 2 ? `${h.days[0]} to ${h.days[h.days.length - 1]}` : h.days.join(' and ');
      return `${days} ${h.opens} to ${h.closes}`;
    })
    .join(', ');
}

/** The clinic's CQC provider ID, from its registrations. */
export function cqcProviderId(): string | undefined {
  return (siteConfig.registrations as readonly Registration[]).find((r) => r.id === 'cqc')?.value;
}
