/**
 * The go-live check: it refuses today's sample data, naming each file and field, and passes a
 * config and profiles that look real. The script runs in the build only when SITE_ENV=production.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoLive, isDramaNumber, isPlaceholderNumber, isReservedDomain, nationalDigits, type GoLiveInput } from '@/lib/go-live/check';
import { loadGoLiveInput } from '@/lib/go-live/load';
import { goLiveCommand } from '@/scripts/lib/go-live-command';

const realLooking: GoLiveInput = {
  configFile: 'lib/site-config.ts',
  config: {
    url: 'https://www.northfield-ortho.co.uk',
    address: { street: '14 Harley Street', locality: 'London', region: 'Greater London', postalCode: 'W1G 9PQ', country: 'GB', countryName: 'United Kingdom' },
    phone: { display: '020 7123 4567', e164: '+442071234567' },
    email: 'enquiries@northfield-ortho.co.uk',
    registrations: [
      { id: 'cqc', label: 'Care Quality Commission provider ID', value: '1-123456789' },
      { id: 'company', label: 'Company number', value: '12345678' },
      { id: 'ico', label: 'ICO registration number', value: 'ZA123456' },
    ],
    humanTissueAuthority: { kind: 'licensed', licenceNumber: '22533' },
    privacy: { dataProtectionContact: 'privacy@northfield-ortho.co.uk', processors: [{ name: 'Acme Hosting Ltd' }] },
    sampleFields: [],
  },
  authors: [
    { file: 'content/authors/a.mdx', slug: 'a', name: 'Dr A', sample: false, registration: { body: 'GMC', number: '7123456' } },
    { file: 'content/authors/b.mdx', slug: 'b', name: 'Dr B', sample: false, registration: { body: 'GMC', number: '6543210' } },
  ],
  pages: [{ file: 'content/articles/x.mdx', author: 'a', reviewer: 'b', draft: false }],
};

describe('checkGoLive', () => {
  it("refuses the repository's sample data, naming each file and field", () => {
    const findings = checkGoLive(loadGoLiveInput());
    const where = findings.map((f) => `${f.file} ${f.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'lib/site-config.ts phone.display',
        'lib/site-config.ts phone.e164',
        'lib/site-config.ts email',
        'lib/site-config.ts privacy.dataProtectionContact',
        'lib/site-config.ts address.street',
        'lib/site-config.ts registrations[cqc].value',
        'lib/site-config.ts humanTissueAuthority.licenceNumber',
        'lib/site-config.ts sampleFields: phone',
        'content/authors/rowan-ashcombe.mdx sample',
        'content/authors/rowan-ashcombe.mdx registration.number',
        'content/treatments/lipogems.mdx author',
        'content/treatments/lipogems.mdx reviewer',
      ]),
    );
    expect(findings.find((f) => f.field === 'phone.display')?.message).toMatch(/Ofcom's range reserved for drama/);
  });

  it('passes a config and profiles that look real', () => {
    expect(checkGoLive(realLooking)).toEqual([]);
  });

  it('holds the home page promise: every published page needs a real, registered author and reviewer', () => {
    const unregistered = { ...realLooking, authors: [realLooking.authors[0], { ...realLooking.authors[1], registration: undefined }] };
    expect(checkGoLive(unregistered)).toEqual([
      { file: 'content/articles/x.mdx', field: 'reviewer', message: expect.stringContaining('named, registered clinicians') },
    ]);
    const draftOnly = { ...unregistered, pages: [{ ...realLooking.pages[0], draft: true }] };
    expect(checkGoLive(draftOnly)).toEqual([]);
  });

  it('names a field still listed in sampleFields even when its value looks real', () => {
    const marked = { ...realLooking, config: { ...realLooking.config, sampleFields: ['registrations'] } };
    expect(checkGoLive(marked).map((f) => f.field)).toEqual(['sampleFields: registrations']);
  });
});

describe('the sample-data patterns', () => {
  it("recognises Ofcom's drama numbers in any format, and not real numbers", () => {
    for (const n of ['020 7946 0321', '+44 20 7946 0999', '0113 496 0000', '07700 900461', '01632 960123', '028 9649 6000', '0044 161 496 0555']) {
      expect(isDramaNumber(n), n).toBe(true);
    }
    for (const n of ['020 7946 1000', '020 7123 4567', '0161 496 1000', '07700 901000', '+1 212 555 0100']) expect(isDramaNumber(n), n).toBe(false);
    expect(nationalDigits('+44 20 7946 0321')).toBe('02079460321');
    expect(nationalDigits('+44 (0)20 7946 0321')).toBe('02079460321');
    expect(nationalDigits('0044 20 7946 0321')).toBe('02079460321');
  });

  it('recognises domains reserved for examples', () => {
    for (const d of ['northfield-ortho.example', 'example.com', 'mail.example.org', 'example.net', 'clinic.test', 'localhost', 'x.invalid']) {
      expect(isReservedDomain(d), d).toBe(true);
    }
    for (const d of ['northfield-ortho.co.uk', 'example-clinic.co.uk', 'examples.com', 'nhs.uk']) expect(isReservedDomain(d), d).toBe(false);
  });

  it('recognises placeholder registration numbers', () => {
    for (const v of ['0000001', '00000000 (sample)', 'ZA000000', '1-000000000', 'sample', '']) expect(isPlaceholderNumber(v), v).toBe(true);
    for (const v of ['7123456', '1-123456789', 'ZA123456', '22533', '7000001']) expect(isPlaceholderNumber(v), v).toBe(false);
  });
});

describe('scripts/check-go-live.ts', () => {
  const script = path.join(process.cwd(), 'scripts', 'check-go-live.ts');
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('fails on the sample data, naming files and fields on stderr', () => {
    const run = spawnSync(tsx, [script], { encoding: 'utf8', env: { ...process.env, SITE_ENV: '' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lib/site-config.ts: phone.display:');
    expect(run.stderr).toContain('content/authors/priya-lindqvist.mdx: sample:');
  });

  // In-process: the same command the script runs, without a `tsx` start-up per case.
  it('in the build (--only-in-production) does nothing unless SITE_ENV=production', () => {
    const lines: string[] = [];
    const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
    expect(goLiveCommand(['--only-in-production'], { ...process.env, SITE_ENV: 'development' }, io)).toBe(0);
    expect(lines).toEqual([]);
    expect(goLiveCommand(['--only-in-production'], { ...process.env, SITE_ENV: 'production' }, io)).toBe(1);
    expect(lines.join('\n')).toContain('content/authors/priya-lindqvist.mdx: sample:');
  });
});
