/**
 * Is the site ready to go live? Refuses the sample data it ships with — fields the config marks as
 * sample, a phone number from Ofcom's drama ranges, example addresses and email domains, placeholder
 * registration numbers, sample clinician profiles — and checks the home page's promise of "named,
 * registered clinicians" against each page's author and reviewer. Pure: the caller reads the files.
 */

export type GoLiveConfig = {
  url: string;
  address: Record<string, string>;
  phone: { display: string; e164: string };
  email: string;
  registrations: readonly { id: string; label: string; value: string }[];
  humanTissueAuthority: { kind: 'licensed'; licenceNumber: string } | { kind: 'exempt'; confirmedOn: string; circumstances: string };
  privacy: { dataProtectionContact: string; processors: readonly { name: string }[] };
  sampleFields: readonly string[];
};

export type GoLiveAuthor = {
  file: string;
  slug: string;
  name: string;
  sample: boolean;
  registration?: { body: string; number: string };
};

export type GoLivePage = { file: string; author: string; reviewer: string; draft: boolean };

export type GoLiveInput = { configFile: string; config: GoLiveConfig; authors: readonly GoLiveAuthor[]; pages: readonly GoLivePage[] };

export type GoLiveFinding = { file: string; field: string; message: string };

/**
 * Ofcom's numbers reserved for TV and radio drama (never allocated to anyone): each is a national
 * number prefix followed by any three digits, e.g. 020 7946 0xxx.
 */
export const DRAMA_PREFIXES = [
  '01134960', '01144960', '01154960', '01164960', '01174960', '01184960', // Leeds, Sheffield, Nottingham, Leicester, Bristol, Reading
  '01214960', '01314960', '01414960', '01514960', '01614960', '01914980', // Birmingham, Edinburgh, Glasgow, Liverpool, Manchester, Tyneside
  '02079460', '02896496', '02920180', // London, Northern Ireland, Cardiff
  '01632960', // no area
  '07700900', '08081570', '09098790', '03069990', // mobile, freephone, premium rate, UK-wide
] as const;

/** A UK number in national form (0…), from "+44 20 …", "020 …" or "0044 …". */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  if (phone.trim().startsWith('+44') || (digits.startsWith('44') && digits.length === 12)) return `0${digits.slice(2)}`;
  return digits;
}

export function isDramaNumber(phone: string): boolean {
  const national = nationalDigits(phone);
  return national.length === 11 && DRAMA_PREFIXES.some((prefix) => national.startsWith(prefix));
}

/** Domains reserved for examples and tests (RFC 2606 and RFC 6761), which can never receive mail. */
export function isReservedDomain(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return (
    /(^|\.)(example|test|invalid|localhost)$/.test(h) ||
    /(^|\.)example\.(com|net|org)$/.test(h) ||
    h === '127.0.0.1' ||
    h === '[::1]'
  );
}

function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** "0000001", "00000000", "ZA000000", "1-000000000 (sample)": a number nobody was ever given. */
export function isPlaceholderNumber(value: string): boolean {
  if (/\b(sample|placeholder|example|dummy|test)\b/i.test(value)) return true;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 0) return true;
  // All zeros, or zeros with one other digit (0000001, 0000003): a counter, not a register number.
  return digits.replace(/0/g, '').length <= 1 && digits.length >= 4;
}

const SAMPLE_WORDS = /\b(sample|example|placeholder|lorem|fictional)\b/i;

export function checkGoLive(input: GoLiveInput): GoLiveFinding[] {
  const { config, configFile: file } = input;
  const findings: GoLiveFinding[] = [];
  const add = (f: string, field: string, message: string) => findings.push({ file: f, field, message });

  for (const field of config.sampleFields) {
    add(file, `sampleFields: ${field}`, `"${field}" is marked as sample data; put in the clinic's real details, then remove it from sampleFields`);
  }

  try {
    if (isReservedDomain(new URL(config.url).hostname)) {
      add(file, 'url', `the site address is ${config.url}; set SITE_URL to the clinic's real address`);
    }
  } catch {
    add(file, 'url', `the site address "${config.url}" is not a URL; set SITE_URL`);
  }

  for (const [key, value] of Object.entries(config.address)) {
    if (SAMPLE_WORDS.test(value)) add(file, `address.${key}`, `"${value}" is a sample address`);
  }

  for (const key of ['display', 'e164'] as const) {
    if (isDramaNumber(config.phone[key])) {
      add(file, `phone.${key}`, `${config.phone[key]} is in Ofcom's range reserved for drama, so nobody can call it`);
    }
  }

  const emails: [string, string][] = [
    ['email', config.email],
    ['privacy.dataProtectionContact', config.privacy.dataProtectionContact],
  ];
  for (const [field, email] of emails) {
    if (isReservedDomain(emailDomain(email))) add(file, field, `${email} uses a domain reserved for examples, so mail to it is never delivered`);
  }

  config.registrations.forEach((r) => {
    if (isPlaceholderNumber(r.value)) add(file, `registrations[${r.id}].value`, `${r.label} "${r.value}" is a placeholder`);
  });

  if (config.humanTissueAuthority.kind === 'licensed' && isPlaceholderNumber(config.humanTissueAuthority.licenceNumber)) {
    add(file, 'humanTissueAuthority.licenceNumber', `HTA licence number "${config.humanTissueAuthority.licenceNumber}" is a placeholder`);
  }

  config.privacy.processors.forEach((p, i) => {
    if (SAMPLE_WORDS.test(p.name)) add(file, `privacy.processors[${i}].name`, `"${p.name}" is a sample data processor; name the real one`);
  });

  const realClinicians = new Set<string>();
  for (const author of input.authors) {
    if (author.sample) add(author.file, 'sample', `${author.name} is a sample profile; replace it with a real clinician's, or remove it`);
    if (author.registration && isPlaceholderNumber(author.registration.number)) {
      add(author.file, 'registration.number', `${author.registration.body} number "${author.registration.number}" is a placeholder`);
    }
    if (!author.sample && author.registration && !isPlaceholderNumber(author.registration.number)) realClinicians.add(author.slug);
  }

  // The home page promises that each page is written by one named, registered clinician and reviewed by another.
  for (const page of input.pages.filter((p) => !p.draft)) {
    for (const role of ['author', 'reviewer'] as const) {
      if (!realClinicians.has(page[role])) {
        add(
          page.file,
          role,
          `the home page promises named, registered clinicians, but "${page[role]}" is not a real clinician with a registration`,
        );
      }
    }
  }

  return findings;
}

export function formatFindings(findings: readonly GoLiveFinding[]): string {
  return findings.map((f) => `${f.file}: ${f.field}: ${f.message}`).join('\n');
}
