/**
 * The evidence table: for each option a patient with knee or hip osteoarthritis may weigh, the
 * studies by design, the largest randomised trial cited on this site and how certain the evidence
 * is, in GRADE's wording. The one source for the "Evidence at a glance" box on treatment pages and
 * for the evidence part of the decision aid (/compare), so the two can never disagree.
 *
 * Text may cite with [@key]; keys must be in content/references.bib (a unit test checks them).
 * Every fact here comes from the domain fact sheets and the bibliography; where they give no figure,
 * the text says so in words.
 */
import { z } from 'zod';

export const OPTION_IDS = [
  'exercise',
  'pain-relief',
  'steroid',
  'prp',
  'mfat',
  'bmac',
  'lab-grown',
  'replacement',
  'waiting',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** GRADE's four levels of certainty, in its own words. */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very low'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/** What each GRADE level means, in plain English. */
export const CERTAINTY_MEANING: Record<Certainty, string> = {
  high: 'We are confident that the true effect is close to what the studies found.',
  moderate: 'The true effect is probably close to what the studies found, but it could be quite different.',
  low: 'The true effect may be quite different from what the studies found.',
  'very low': 'We are very uncertain: the true effect is likely to be quite different from what the studies found.',
};

export const STUDY_DESIGNS = [
  'Placebo-controlled randomised trial',
  'Placebo-controlled trial',
  'Randomised trial',
  'Early-phase trial',
  'Single-group study',
  'Case series',
  'Systematic review',
  'Scoping review',
  'National guidance',
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

const citationKey = z.string().regex(/^[a-z][a-z0-9]*\d{4}[a-z]*$/, { error: 'must be a citation key, e.g. lee2019' });
/** A sentence that names its source: text ending in one [@key] group or more. */
const citedText = z.string().trim().min(10).regex(/\[@[\w:-]+(?:\s*;\s*@[\w:-]+)*\]/, { error: 'must cite its source with [@key]' });

const study = z.strictObject({
  design: z.enum(STUDY_DESIGNS),
  key: citationKey,
  /** Who and what was studied, e.g. "118 people, knee, MFAT or PRP, 2 years". */
  about: z.string().trim().min(5),
});

export const evidenceEntry = z.strictObject({
  option: z.enum(OPTION_IDS),
  /** Display name, capitalised as it is written: "Bone marrow concentrate (BMAC)". */
  name: z.string().trim().min(3),
  /** The treatment page this option has on the site, if any. */
  treatmentSlug: z.string().optional(),
  /** How the booking call names it, with its article: "a bone marrow concentrate (BMAC) injection". */
  consultationTopic: z.string().trim().min(3),
  /** What the evidence shows, cited. */
  summary: citedText,
  studies: z.array(study),
  largestTrial: z.union([
    z.strictObject({
      key: citationKey,
      participants: z.number().int().positive(),
      comparedWith: z.string().trim().min(3),
      followUp: z.string().trim().min(3),
      finding: citedText,
    }),
    z.strictObject({ none: z.string().trim().min(10) }),
  ]),
  certainty: z.union([
    z.strictObject({
      level: z.enum(CERTAINTY_LEVELS),
      /** The outcome the rating is about. */
      outcome: z.string().trim().min(5),
      reason: z.string().trim().min(10),
    }),
    z.strictObject({ level: z.literal('not rated'), reason: z.string().trim().min(10) }),
  ]),
});
export type EvidenceEntry = z.infer<typeof evidenceEntry>;

export const evidenceTable = z
  .array(evidenceEntry)
  .superRefine((entries, ctx) => {
    const ids = entries.map((e) => e.option);
    for (const id of OPTION_IDS) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', message: `option "${id}" has no evidence entry` });
    }
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'option'], message: `option "${id}" appears twice` });
    });
  });

const NOT_GRADED = 'We have not graded this ourselves.';
const NG226 = { design: 'National guidance', key: 'nice2022', about: 'NICE osteoarthritis guideline NG226 (2022)' } as const;
const IN_NICE_GUIDELINE = { none: "The trials behind NICE's advice are summarised in its guideline, not on this site." };

/** The table itself, in the order the decision aid lists the options. */
export const EVIDENCE: readonly EvidenceEntry[] = evidenceTable.parse([
  {
    option: 'exercise',
    name: 'Exercise and weight loss',
    consultationTopic: 'an exercise and weight-loss plan',
    summary:
      "NICE's guideline puts therapeutic exercise, weight loss where it is needed and good information at the centre of care for everyone with osteoarthritis [@nice2022].",
    studies: [NG226],
    largestTrial: IN_NICE_GUIDELINE,
    certainty: {
      level: 'not rated',
      reason: `${NOT_GRADED} NICE recommends exercise and weight loss as core care for everyone with osteoarthritis [@nice2022].`,
    },
  },
  {
    option: 'pain-relief',
    name: 'Pain relief medicines',
    consultationTopic: 'pain relief medicines',
    summary:
      'NICE advises starting with an anti-inflammatory gel or cream (a topical NSAID), and says paracetamol should not be offered routinely [@nice2022].',
    studies: [NG226],
    largestTrial: IN_NICE_GUIDELINE,
    certainty: { level: 'not rated', reason: `${NOT_GRADED} It follows NICE's guideline [@nice2022].` },
  },
  {
    option: 'steroid',
    name: 'Steroid injection',
    consultationTopic: 'a steroid injection',
    summary: 'NICE says a steroid injection into the joint may give short-term relief [@nice2022].',
    studies: [NG226],
    largestTrial: IN_NICE_GUIDELINE,
    certainty: { level: 'not rated', reason: `${NOT_GRADED} It follows NICE's guideline [@nice2022].` },
  },
  {
    option: 'prp',
    name: 'Platelet-rich plasma (PRP)',
    consultationTopic: 'a platelet-rich plasma (PRP) injection',
    summary:
      'NICE found the evidence on whether PRP helps knee osteoarthritis inadequate, and advises it only with special arrangements for consent and audit [@nice2019prp]. In two randomised trials, PRP and injections of fat improved scores by a similar amount [@zaffagnini2022; @kaszynski2022].',
    studies: [
      { design: 'National guidance', key: 'nice2019prp', about: 'NICE interventional procedures guidance IPG637' },
      { design: 'Randomised trial', key: 'zaffagnini2022', about: '118 people, knee, PRP or micro-fragmented fat, 2 years' },
      { design: 'Randomised trial', key: 'kaszynski2022', about: '40 people, knee, PRP or fat tissue' },
    ],
    largestTrial: {
      key: 'zaffagnini2022',
      participants: 118,
      comparedWith: 'one injection of micro-fragmented fat',
      followUp: '24 months',
      finding:
        'Both groups improved, with no difference between them; side effects were reported by 10.9% of people after PRP [@zaffagnini2022].',
    },
    certainty: {
      level: 'not rated',
      reason: `${NOT_GRADED} NICE judged the evidence on how well it works to be inadequate [@nice2019prp].`,
    },
  },
  {
    option: 'mfat',
    name: 'Micro-fragmented fat (Lipogems)',
    treatmentSlug: 'lipogems',
    consultationTopic: 'a micro-fragmented fat (Lipogems) injection',
    summary:
      'In the largest randomised trial, people given micro-fragmented fat or PRP improved by a similar amount over 2 years [@zaffagnini2022]. Studies without a comparison group reported less pain on average, but cannot show how much of that was due to the injection [@heidari2020; @fan2023; @natali2023].',
    studies: [
      { design: 'Randomised trial', key: 'zaffagnini2022', about: '118 people, knee, MFAT or PRP, 2 years' },
      { design: 'Randomised trial', key: 'kaszynski2022', about: '40 people, knee, fat tissue or PRP' },
      { design: 'Single-group study', key: 'heidari2020', about: '110 knees, moderate to severe, 12 months' },
      { design: 'Single-group study', key: 'fan2023', about: '63 knee and shoulder joints, 1 year, run by a clinic that offers it' },
      { design: 'Case series', key: 'natali2023', about: '55 people, hip, about 3 years' },
    ],
    largestTrial: {
      key: 'zaffagnini2022',
      participants: 118,
      comparedWith: 'one injection of platelet-rich plasma (PRP)',
      followUp: '24 months',
      finding:
        'Both groups improved, with no difference between them; side effects were reported by 18.9% of people after MFAT and 10.9% after PRP [@zaffagnini2022].',
    },
    certainty: {
      level: 'very low',
      outcome: 'less pain and better function than a dummy (placebo) injection',
      reason:
        'Our rating. No trial has compared it with a placebo. The randomised trials compared it with PRP, whose own benefit is uncertain, and the other studies had no comparison group.',
    },
  },
  {
    option: 'bmac',
    name: 'Bone marrow concentrate (BMAC)',
    treatmentSlug: 'bmac',
    consultationTopic: 'a bone marrow concentrate (BMAC) injection',
    summary:
      'In the only placebo-controlled knee trial, knees given BMAC and knees given salt water improved by about the same amount [@shapiro2017]. A trial against exercise, run by the clinic network that sells the treatment, favoured the injection at 3 months but had no comparison group after that [@centeno2018].',
    studies: [
      { design: 'Placebo-controlled trial', key: 'shapiro2017', about: '25 people, BMAC in one knee and salt water in the other, 6 months' },
      { design: 'Randomised trial', key: 'centeno2018', about: '48 people, knee, BMAC or exercise, run by the company that sells it' },
      { design: 'Scoping review', key: 'perez2024', about: '7 studies of bone marrow cells, 72 people, hip' },
      { design: 'Systematic review', key: 'malige2024', about: '43 studies of these cells across bone and joint care' },
    ],
    largestTrial: {
      key: 'centeno2018',
      participants: 48,
      comparedWith: 'exercise therapy',
      followUp: '3 months with a comparison group (2 years in all)',
      finding:
        'Knee scores were better with the injection at 3 months; then everyone in the exercise group switched to the injection, and the trial was not blinded [@centeno2018].',
    },
    certainty: {
      level: 'very low',
      outcome: 'less pain and better function than a dummy (placebo) injection',
      reason:
        'Our rating. The only placebo-controlled knee trial was small and found no difference from salt water; the trial against exercise was short, not blinded and run by a seller.',
    },
  },
  {
    option: 'lab-grown',
    name: 'Lab-grown stem cells (trials only)',
    treatmentSlug: 'adipose-derived-cell-injection',
    consultationTopic: 'lab-grown stem cells, and clinical trials',
    summary:
      'In a placebo-controlled trial of 24 people, knee scores improved at 6 months in the group given lab-grown cells and not in the group given salt water [@lee2019].',
    studies: [
      { design: 'Placebo-controlled randomised trial', key: 'lee2019', about: '24 people, knee, cells or salt water, 6 months' },
      { design: 'Early-phase trial', key: 'jo2014', about: 'proof-of-concept trial, cells given after a keyhole wash-out of the knee' },
      { design: 'Systematic review', key: 'malige2024', about: '43 studies of these cells across bone and joint care' },
    ],
    largestTrial: {
      key: 'lee2019',
      participants: 24,
      comparedWith: 'a salt-water (placebo) injection',
      followUp: '6 months',
      finding:
        'Knee scores improved in the cell group and not in the placebo group; no serious side effects were reported in either group [@lee2019].',
    },
    certainty: {
      level: 'low',
      outcome: 'knee pain and function at 6 months',
      reason: 'Our rating. One small placebo-controlled trial, followed for 6 months; how long any benefit lasts is unknown.',
    },
  },
  {
    option: 'replacement',
    name: 'Joint replacement',
    consultationTopic: 'a joint replacement',
    summary:
      'NICE says a referral to discuss joint replacement depends on how much your symptoms affect your quality of life after non-surgical care [@nice2022].',
    studies: [NG226],
    largestTrial: { none: 'The studies of joint replacement are not summarised on this site; ask your surgeon about them.' },
    certainty: { level: 'not rated', reason: `${NOT_GRADED} When to consider it follows NICE's guideline [@nice2022].` },
  },
  {
    option: 'waiting',
    name: 'Waiting and keeping active',
    consultationTopic: 'waiting before deciding on a treatment',
    summary:
      'No study cited on this site looked at waiting on its own, but NICE advises exercise and information for everyone, whatever else they choose [@nice2022].',
    studies: [NG226],
    largestTrial: { none: 'No trial on this site tested waiting on its own.' },
    certainty: { level: 'not rated', reason: `${NOT_GRADED} No study on this site tested waiting on its own.` },
  },
]);

export function evidenceFor(option: OptionId): EvidenceEntry {
  const entry = EVIDENCE.find((e) => e.option === option);
  if (!entry) throw new Error(`No evidence entry for option "${option}"`);
  return entry;
}

/** The option a treatment page belongs to, if any. */
export function evidenceForTreatment(slug: string): EvidenceEntry | undefined {
  return EVIDENCE.find((e) => e.treatmentSlug === slug);
}

/** The studies grouped by design, in the order of STUDY_DESIGNS. */
export function studiesByDesign(entry: EvidenceEntry): { design: StudyDesign; studies: EvidenceEntry['studies'] }[] {
  return STUDY_DESIGNS.map((design) => ({ design, studies: entry.studies.filter((s) => s.design === design) })).filter(
    (group) => group.studies.length > 0,
  );
}
