/**
 * The decision aid's patient copy for each option (/compare), beside the evidence table it reads for
 * what the evidence shows. Facts come from the domain fact sheets and the bibliography, cited with
 * [@key]; where the sources give no figure, the text says so instead of guessing one. Prices come
 * from the site config through `priceKey`.
 */
import { z } from 'zod';
import { priceKeys } from '../site-config';
import { EVIDENCE, OPTION_IDS, type EvidenceEntry } from './evidence';

const optionCopy = z.strictObject({
  option: z.enum(OPTION_IDS),
  involves: z.string().trim().min(10),
  likelyBenefit: z.string().trim().min(10),
  risks: z.string().trim().min(10),
  recovery: z.string().trim().min(4),
  /** A price from the site config, when the clinic charges for it. */
  priceKey: z.enum(priceKeys).optional(),
  cost: z.string().trim().min(4),
  nhs: z.string().trim().min(10),
  ifItDoesNotWork: z.string().trim().min(10),
});
export type OptionCopy = z.infer<typeof optionCopy>;
export type DecisionAidOption = OptionCopy & { evidence: EvidenceEntry };

const NO_FIGURES = 'The sources on this site give no figures for how often they happen.';

const COPY: OptionCopy[] = z.array(optionCopy).parse([
  {
    option: 'exercise',
    involves:
      'A plan of exercises that build up the muscles around the joint and keep it moving, often guided by a physiotherapist, with help to lose weight if you need to.',
    likelyBenefit:
      'NICE recommends exercise for everyone with osteoarthritis, whatever else they choose [@nice2022]. How much it helps varies from person to person.',
    risks: `Muscles may ache for a while when you start. ${NO_FIGURES}`,
    recovery: 'No time off is needed. It needs to become a regular habit.',
    cost: 'Free through NHS physiotherapy and weight-management services; private physiotherapy has its own fees.',
    nhs: 'Yes: it is the core of NHS care for osteoarthritis [@nice2022].',
    ifItDoesNotWork: 'You can keep it up alongside any other option on this page.',
  },
  {
    option: 'pain-relief',
    involves:
      'Usually an anti-inflammatory gel or cream (a topical NSAID) rubbed on the joint first, with tablets only if your doctor advises them [@nice2022].',
    likelyBenefit: 'It may ease pain while you keep active. How much it helps varies, and it does not change the joint.',
    risks: `All medicines can have side effects; a pharmacist or your GP can tell you which apply to you. ${NO_FIGURES}`,
    recovery: 'No recovery time.',
    cost: 'On NHS prescription (prescription charges may apply) or bought from a pharmacy.',
    nhs: 'Yes [@nice2022].',
    ifItDoesNotWork: 'Your GP can review your medicines, and the other options remain open.',
  },
  {
    option: 'steroid',
    involves: 'An injection of a steroid medicine into the joint, given in a short appointment.',
    likelyBenefit: 'It may give relief for a short time [@nice2022].',
    risks: `Like any joint injection, it carries a small risk of infection. Ask about its other side effects: ${NO_FIGURES.toLowerCase()}`,
    recovery: 'Usually a short rest of the joint; your clinician will tell you how long.',
    cost: 'Often available on the NHS. We do not list a price for it.',
    nhs: 'Often, through your GP or an NHS musculoskeletal service [@nice2022].',
    ifItDoesNotWork: 'Any relief may wear off. The other options remain open.',
  },
  {
    option: 'prp',
    involves: 'Blood is taken from your arm, spun to concentrate the platelets, and the plasma is injected into the joint.',
    likelyBenefit:
      'Uncertain. NICE found the evidence on whether it helps knee arthritis inadequate [@nice2019prp].',
    risks: 'In one trial, side effects were reported by 10.9% of people after a PRP injection [@zaffagnini2022].',
    recovery: 'Ask the clinic that offers it; we do not offer PRP.',
    cost: 'We do not offer PRP, so we have no price for it.',
    nhs: 'It is not part of routine NHS care; NICE advises special arrangements for consent and audit [@nice2019prp].',
    ifItDoesNotWork: 'The other options remain open.',
  },
  {
    option: 'mfat',
    involves:
      'Fat is taken from your tummy or flank under local anaesthetic, broken into small clusters in a closed kit and injected into the joint in the same visit [@defrancesco2021].',
    likelyBenefit:
      'It may ease pain for a time in some people, but in randomised trials it did about as well as PRP [@zaffagnini2022; @kaszynski2022]. No trial has compared it with a dummy injection, and it does not regrow cartilage.',
    risks:
      'Bruising and soreness where the fat was taken, and a sore, swollen joint for a few days; infection and bleeding are rare. In the largest trial, side effects were reported by 18.9% of people after MFAT [@zaffagnini2022].',
    recovery:
      'Many people return to desk work within a few days. Any improvement, if it comes, tends to build over weeks to months.',
    priceKey: 'lipogems',
    cost: 'Paid privately; health insurers often do not cover it.',
    nhs: 'No: NICE does not include it in routine care for osteoarthritis [@nice2022].',
    ifItDoesNotWork:
      'A joint replacement or other treatment is still possible. In a hip study, some people had a second injection and some went on to a hip replacement [@natali2023].',
  },
  {
    option: 'bmac',
    involves:
      'Bone marrow is drawn from the back of your pelvis under local anaesthetic, concentrated in a centrifuge and injected into the joint in the same visit.',
    likelyBenefit:
      'It may ease pain in some people, but in the only placebo-controlled knee trial, knees given salt water improved about as much [@shapiro2017]. It does not regrow cartilage.',
    risks:
      'Aching and bruising over the back of the pelvis, and a sore, swollen joint for a few days; infection and bleeding are rare. No serious side effects were reported in the placebo-controlled trial [@shapiro2017].',
    recovery:
      'Many people return to desk work within a few days. Any improvement, if it comes, tends to build over weeks to months.',
    priceKey: 'bmac',
    cost: 'Paid privately; health insurers often do not cover it.',
    nhs: 'No: NICE does not include it in routine care for osteoarthritis [@nice2022].',
    ifItDoesNotWork: 'A joint replacement or other treatment is still possible.',
  },
  {
    option: 'lab-grown',
    involves:
      'Fat is taken and sent to a laboratory, where its cells are grown for weeks; they are injected into the knee at a second visit. In the UK this is a medicine with no licence for arthritis, so it is mainly given in clinical trials.',
    likelyBenefit:
      'In one small trial, knee scores improved at 6 months compared with salt water [@lee2019]. Whether any benefit lasts is unknown.',
    risks:
      'Pain and swelling where the injection was given were the most common side effects in that trial, and no serious side effects were reported [@lee2019]. Long-term risks are unknown.',
    recovery: 'Two visits, weeks apart. A trial team gives its own advice.',
    priceKey: 'adipose-msc',
    cost: 'Trials set their own terms.',
    nhs: 'Only within research trials.',
    ifItDoesNotWork: 'The other options remain open, within the rules of the trial you join.',
  },
  {
    option: 'replacement',
    involves: 'An operation in hospital to replace the worn surfaces of the joint with artificial parts.',
    likelyBenefit:
      'NICE advises considering it when your symptoms still affect your quality of life a lot after non-surgical care [@nice2022]. The sources on this site give no figures for its results; ask your surgeon for them.',
    risks: 'It is major surgery, with its own risks. Your surgeon should explain them, with figures, before you decide.',
    recovery: 'Longer than after an injection, with a period of rehabilitation. Your surgeon will explain what to expect.',
    cost: 'Available on the NHS when the criteria are met; private prices vary. We do not list a price for it.',
    nhs: 'Yes, through a referral [@nice2022].',
    ifItDoesNotWork: 'Your surgeon will talk through further treatment.',
  },
  {
    option: 'waiting',
    involves: 'Not starting a new treatment for now, while keeping active and watching how your symptoms change.',
    likelyBenefit: 'Symptoms may stay the same, get better or get worse. No study on this site measured waiting on its own.',
    risks: 'Your symptoms may get worse while you wait. Waiting does not stop you choosing another option later.',
    recovery: 'None.',
    cost: 'None.',
    nhs: 'Your GP can review you at any time.',
    ifItDoesNotWork: 'You can choose any other option later.',
  },
]);

/** Every option, in the evidence table's order, with its evidence. */
export function decisionAidOptions(): DecisionAidOption[] {
  return EVIDENCE.map((evidence) => {
    const copy = COPY.find((c) => c.option === evidence.option);
    if (!copy) throw new Error(`The decision aid has no copy for option "${evidence.option}"`);
    return { ...copy, evidence };
  });
}

/** Questions the NICE-style aid suggests a patient takes to a consultation. */
export const CONSULTATION_QUESTIONS = [
  'What is causing my pain, and how severe is the arthritis in my joint?',
  'Which options on this page would you suggest for me, and why?',
  'What evidence is there for that option in my joint and at my stage of arthritis?',
  'What are the risks for me, both common and rare?',
  'What happens if it does not work? Can I still have the other options, including surgery?',
  'What will it cost in total, including scans, follow-up and any repeat treatment?',
  'Is this treatment part of a registered trial, or licensed? If neither, which rules does it follow?',
  'What happens if I choose to wait?',
] as const;
