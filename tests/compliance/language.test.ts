/**
 * Phrase rules in context: the same words fire as a claim and stay quiet when negated, hedged,
 * reported, asked, or cited. Each sentence is checked as the body of an otherwise clean page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, type CheckContext } from '@/lib/compliance';
import { FIXTURES, NOW } from './helpers';

const ctx: CheckContext = {
  mode: 'production',
  now: NOW,
  authors: new Map([
    ['dr-clinician', { slug: 'dr-clinician', file: 'dr-clinician.mdx', registered: true }],
    ['jo-writer', { slug: 'jo-writer', file: 'jo-writer.mdx', registered: false }],
  ]),
  bibliography: new Map([['goodref', { key: 'goodref', doi: '10.1/x', line: 1 }]]),
};

const FRONT_MATTER = `---
title: A sentence under test
description: A page built around one sentence, to see which rules the content check applies to it.
summary:
  - One sentence is checked in its context.
  - Nothing else on the page should fire.
publishedAt: 2026-10-01
updatedAt: 2026-10-01
tags: []
author: jo-writer
reviewer: dr-clinician
category: condition
---

`;

/** Rule ids reported for a page whose body is `body`, and the line they are on. */
function check(body: string) {
  const file = path.join(FIXTURES, 'virtual/articles/page.mdx');
  return checkSource(FRONT_MATTER + body + '\n', file, 'articles/page.mdx', ctx).findings;
}

const fires: [string, string][] = [
  ['A growing number of our patients walk without a stick by their review.', 'uncited-statistic'],
  ['Benefits last an average of two years.', 'uncited-statistic'],
  ['Our runners typically return to racing within ten weeks.', 'uncited-statistic'],
  ['Range of movement improves threefold.', 'uncited-statistic'],
  ['Patients regain around fifteen degrees of bend.', 'uncited-statistic'],
  ['Hardly anyone needs a repeat injection.', 'uncited-statistic'],
  ['Stiffness scores typically drop from six to two.', 'uncited-statistic'],
  ['The lion\'s share of our runners race again within the season.', 'uncited-statistic'],
  ['Relief generally holds for between two and three years.', 'uncited-statistic'],
  ['Four injections, nine months of freedom.', 'uncited-statistic'],
  ['Back on the bike within a fortnight: that is the norm here.', 'uncited-statistic'],
  ['Stair climbing speed quadruples by the three-month review.', 'uncited-statistic'],
  ['Stiffness falls by a good third for most patients.', 'uncited-statistic'],
  ['Our patients cycle an additional five miles a week.', 'uncited-statistic'],
  ['Only a small fraction of our patients notice no change.', 'uncited-statistic'],
  ['Our typical golfer plays eighteen holes again after six weeks.', 'uncited-statistic'],
  ['A steady stream of former patients are back on the pitch.', 'uncited-statistic'],
  ['Relief from one injection of your own fat typically lasts five years.', 'uncited-statistic'],
  ['Half of our knee patients put off their operation for years.', 'uncited-statistic'],
  ['Roughly one patient in two rates the result as excellent.', 'uncited-statistic'],
  ['Most of the shoulders we treat regain full movement.', 'uncited-statistic'],
  ['One injection keeps most knees comfortable for a decade.', 'uncited-statistic'],
  ['For most people, a good four years.', 'uncited-statistic'],
  ['Half of those we treat need no further treatment for years.', 'uncited-statistic'],
  ['Halving your pain in a fortnight is what most patients can expect.', 'uncited-statistic'],
  ['Our patients report four times the relief of those given a steroid.', 'uncited-statistic'],
  ['The benefit often sticks around for three years.', 'uncited-statistic'],
  ['Cell injections outlast hyaluronic acid by about a year.', 'uncited-statistic'],
  ['Most people notice a real difference within ten days.', 'uncited-statistic'],
  ['On average, our patients enjoy thirty months free of flare-ups.', 'uncited-statistic'],
  ['Our clinic says nine in ten patients improve.', 'uncited-statistic'],
  ['For most knees, a good two to three years.', 'uncited-statistic'],
  ['Patients find climbing stairs twice as easy after treatment.', 'uncited-statistic'],
  ['Your GP\'s prescription? You won\'t be needing it.', 'discourage-essential-treatment'],
  ['Stem cells cure arthritis.', 'no-cure-claim'],
  ['Our injection CURES knee pain.', 'no-cure-claim'],
  ['The injection reverses osteoarthritis.', 'no-cure-claim'],
  ['It heals your arthritis from the inside.', 'no-cure-claim'],
  ['Not only does it cure arthritis, it prevents it.', 'no-cure-claim'],
  ['Results are guaranteed.', 'no-guarantee'],
  ['You will get permanent relief from pain.', 'no-guarantee'],
  ['The treatment works for everyone.', 'no-guarantee'],
  ['The treatment is risk-free.', 'no-risk-free'],
  ['There are no side effects.', 'no-risk-free'],
  ['It is totally safe.', 'no-risk-free'],
  ['A revolutionary treatment for your knees.', 'no-hype'],
  ['Lipogems is MHRA-approved for knee pain.', 'false-approval'],
  ['The procedure is approved by NICE.', 'false-approval'],
  ['Our injection is FDA-cleared.', 'false-approval'],
  ['Cartilage grows back after the injection.', 'cartilage-promise'],
  ['The cells rebuild damaged cartilage.', 'cartilage-promise'],
  ['Nearly everyone feels better after one injection.', 'absolute-frequency'],
  ['All our patients improve within weeks.', 'absolute-frequency'],
  ['Two in three patients improve.', 'uncited-statistic'],
  ['Pain scores fell 3-fold.', 'uncited-statistic'],
  ['Patients were 2 times more likely to improve.', 'uncited-statistic'],
  ['Our success rate is high.', 'uncited-statistic'],
  ['We have treated hundreds of patients.', 'uncited-statistic'],
  ['Knee arthritis affects millions of people.', 'uncited-statistic'],
  ['Virtually all patients see results within weeks.', 'absolute-frequency'],
  ['One of our patients, Dr Jones, said the pain went away.', 'testimonial-marked'],
  ['The injection is completely harmless.', 'no-risk-free'],
  ['You will never need a knee replacement.', 'discourage-essential-treatment'],
  ['Have our injection instead of surgery and keep your knee.', 'discourage-essential-treatment'],
  ['It is better than steroid injections.', 'unfair-comparison'],
  ['"My pain has gone," said Mr Brown.', 'testimonial-marked'],
  ['Mrs Green told us she walks every day now.', 'testimonial-marked'],
  ['The injection costs 3,000 GBP.', 'price-source'],
  ['Treatment is €500 per knee.', 'price-source'],
];

const fires2: [string, string][] = [
  ['Places on this month\'s list are nearly gone, so act fast.', 'pressure-selling'],
  ['This rate is only valid until Friday.', 'pressure-selling'],
  ['Lock in the current price before it goes up in spring.', 'pressure-selling'],
  ['Book one of our last remaining summer slots.', 'pressure-selling'],
  ['Superior outcomes to steroid injections.', 'unfair-comparison'],
  ['Compared with a knee replacement, our injection is the kinder option.', 'unfair-comparison'],
  ['Would you believe that four in five of our patients are pain-free by summer?', 'uncited-statistic'],
  ['Recovery takes roughly half the time seen after keyhole surgery.', 'uncited-statistic'],
  ['One injection delays surgery by an average of five years.', 'uncited-statistic'],
  ['A treated hip keeps going for two or three years.', 'uncited-statistic'],
  ['Most of our golfers are playing again within a month.', 'uncited-statistic'],
  ['Pain scores in our yearly patient survey dropped from seven to three.', 'uncited-statistic'],
  // Round 13.
  ['Stiffness falls by a factor of two after the injection.', 'uncited-statistic'],
  ['Benefits lasted for a median of 14 months in our own audit.', 'uncited-statistic'],
  ['Look forward to two years or so of comfortable gardening.', 'uncited-statistic'],
  ['Comfort of up to three years has been reported by our shoulder patients.', 'uncited-statistic'],
  ['Nearly all frozen shoulder cases improve after a single injection.', 'uncited-statistic'],
  ['A large share of the Clinic\'s knee patients feel better within weeks.', 'uncited-statistic'],
  ['Most of our runners improve, even if physio had failed them.', 'uncited-statistic'],
  // Round 14.
  ['Patients regain a whole decade of walking.', 'uncited-statistic'],
  ['Healing takes roughly half of what it would take after an operation.', 'uncited-statistic'],
  ['Our tennis players are back in half the normal time.', 'uncited-statistic'],
  ['The relief lasts typically for three years.', 'uncited-statistic'],
  ['Just two people from every hundred need a repeat.', 'uncited-statistic'],
  ['Comfort carries on for a decade for most of our knees.', 'uncited-statistic'],
  ['Stiffness falls by the half within a week.', 'uncited-statistic'],
  ['Fewer than one in forty see no change.', 'uncited-statistic'],
  // Round 15.
  ['Fat grafts give twice the healing effect of a steroid jab.', 'uncited-statistic'],
  ['Most folk are walking the dog again within a week.', 'uncited-statistic'],
  ['A single injection has meant a good dozen years of comfort for some.', 'uncited-statistic'],
  ['Pain usually falls from an eight to a three.', 'uncited-statistic'],
  ['Back to the gym in four weeks: that is our typical recovery.', 'uncited-statistic'],
  ['Half of our patients feel the stiffness going down within days.', 'uncited-statistic'],
  ['Relief usually kicks in by day five.', 'uncited-statistic'],
  ['Nearly every runner we treat reports easier stair climbing.', 'uncited-statistic'],
  // Round 16.
  ['Virtually all of our hip patients get their full range of motion back.', 'uncited-statistic'],
  ['A clear majority of our golfers are back doing 18 holes within a month.', 'uncited-statistic'],
  ['How does two years of pain-free gardening sound?', 'uncited-statistic'],
  ['Almost everyone notices their knee pain fade within weeks.', 'uncited-statistic'],
  ['Your hip will feel twenty years younger.', 'uncited-statistic'],
  // Round 17.
  ['Almost everyone we see for a torn calf is back racing by spring.', 'uncited-statistic'],
  ['One injection gives most walkers two years of easy miles.', 'uncited-statistic'],
  ['The typical cyclist is back on the road in a week.', 'uncited-statistic'],
  // Round 18.
  ['For most people, upwards of two years.', 'uncited-statistic'],
  ['Painkiller use falls by approximately half after treatment.', 'uncited-statistic'],
  ['Mean gain in the hip score: 12 points at a year.', 'uncited-statistic'],
  ['In most of our patients the gains made by six months are still there at two years.', 'uncited-statistic'],
  ['Golfers lose half their shoulder pain within weeks.', 'uncited-statistic'],
];

describe('round 11 phrases in context', () => {
  it.each(fires2)('%s → %s', (body, rule) => {
    expect(check(body).map((f) => f.ruleId)).toContain(rule);
  });
});

const quiet: string[] = [
  // A change the reader is asked to make to their own activity, not a result.
  'Your clinician may suggest halving your usual walking distance for the first few days.',
  // Round 13: figures named as others quote them.
  'The 90% success rate widely advertised by some clinics does not come from any trial we can find.',
  // …and an outcome named only as a condition.
  'Most people have two sessions, and a third is offered only if the second helped.',
  // Round 14: time and visits divided, studies by their kind.
  'We cut the appointment in half when you only need a dressing check.',
  'In a small Danish study, people given cells improved more than those given saline [@goodref].',
  'NICE recommends structured exercise as the first treatment for knee arthritis [@goodref].',
  // Round 15: a figure another page states.
  'A rival\'s leaflet says 95% of patients avoid surgery, but it gives no source.',
  'Halve the amounts if you are cooking for two.',
  'Most of the questions we get are about recovery, so here is what the first week looks like.',
  'A website once told a patient of mine that most people regrow cartilage, which no study has shown.',
  'It is not a cure.',
  'There is no cure for osteoarthritis.',
  'Osteoarthritis cannot be cured.',
  'Can it cure my arthritis?',
  'Some clinics claim their injections cure arthritis.',
  'No treatment can guarantee results.',
  'We cannot promise that it will work.',
  'Results are not guaranteed.',
  'The procedure is not risk-free.',
  'It is not without risks.',
  'No injection is completely safe.',
  'Injections are not a miracle.',
  'This is not FDA approved.',
  'No stem cell product is licensed by the MHRA for knee arthritis.',
  'The only FDA-approved stem cell products are blood-forming cells from cord blood.',
  'NICE recommends exercise and weight loss for knee arthritis.',
  'It was a nice surprise that the injection was recommended by nice staff.',
  'The treatment is recommended by nice people.',
  'Whether it regrows cartilage is unknown.',
  'The injection does not regrow cartilage.',
  'No trial has shown that cells regrow cartilage.',
  'No trial has yet shown that marrow cells work better than fat cells for knees, or the reverse.',
  'Relief from a steroid injection usually lasts around three months.',
  'One American clinic says virtually all of its patients respond, yet it shows no controlled study.',
  'Halving your painkillers on your own is not safe, so talk to your GP first.',
  'The numbing effect of the local anaesthetic lasts two or three hours.',
  'Losing weight is one of the core treatments NICE recommends for knee arthritis [@goodref].',
  'Not all patients improve.',
  'Bruising almost always settles within two weeks.',
  'Some patients hope to delay surgery.',
  'Some people hope to avoid surgery; evidence on this is limited.',
  'It was no better than saline in one trial [@goodref].',
  'Pain was lower than with steroids in one trial, and better than steroids at six months [@goodref].',
  'In one trial 24 patients were followed for 6 months [@goodref].',
  'In one trial 24 patients were followed for 6 months. [@goodref]',
  'Most people rest for 2 days after the procedure.',
  'The trial followed people for 12 months.',
  'A trial was published in 2019.',
  'Take the tablets twice a day.',
  'Side effects include pain, swelling and bruising.',
  'We do not publish a success rate because our numbers are too small.',
  'The price is <Price item="lipogems" /> for one knee.',
  'Ask your clinician: what is the evidence for my knee?',
  '## Patient stories',
  'Questions to ask any clinic: what is the evidence for my joint; what happens if it does not work.',
  'Surgery to repair cartilage, such as microfracture, is a different treatment.',
  'A knee replacement replaces worn cartilage with metal and plastic.',
  'Cartilage does not grow back on its own.',
  'Bruising is harmless and fades within two weeks.',
  'All patients get a written summary of their scan results.',
  '"I tell every patient that results vary," says Mr Shah, consultant surgeon.',
  'Mr Shah, our consultant surgeon, explains what happens on the day.',
  'Your clinician may ask you to stop your medicines for a few days.',
  'Many people feel better after any injection, even a dummy one.',
  'For most people with severe hip arthritis, a hip replacement works well.',
  'The effect of a steroid injection usually lasts a few weeks.',
  'Many of our patients have tried physiotherapy before they see us.',
  'The majority of appointments run on time.',
  'Half of our patients are over 60.',
  'Hardly anyone needs a general anaesthetic for this.',
  'Your appointment moves from ten to eleven if the clinic runs late.',
  'No clinic, including ours, can promise you will avoid an operation.',
  'No injection can promise that you will never need an operation.',
  'Allow an extra hour for your first visit.',
  'The average patient is 58 years old.',
  'The majority of people with mild arthritis never need a joint replacement [@goodref].',
  'Prices are reviewed every April in line with inflation.',
  'Two good nights\' sleep before the procedure helps.',
  'Our team has been in the field for fifteen years.',
  'A minority of patients have a flare of pain for a day or two.',
  'Two-thirds of the injection volume is fat; the rest is saline.',
  '`100% safe` is a phrase you may see in adverts.',
  '{/* cure, miracle, 90% of patients */}',
];

describe('phrase rules in context', () => {
  for (const [sentence, rule] of fires) {
    it(`fires ${rule}: ${sentence}`, () => {
      const findings = check(sentence);
      expect(findings.map((f) => f.ruleId)).toContain(rule);
      expect(findings.find((f) => f.ruleId === rule)!.line).toBe(15);
    });
  }
  for (const sentence of quiet) {
    it(`stays quiet: ${sentence}`, () => {
      expect(check(sentence).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
  }

  it('reports the column of the phrase in the line', () => {
    const [finding] = check('Plain words first. Then stem cells cure arthritis.');
    expect(finding).toMatchObject({ ruleId: 'no-cure-claim', line: 15, column: 'Plain words first. Then stem cells '.length + 1 });
  });

  it('checks patient-visible front matter: a figure there is an uncited statistic on its own line', () => {
    const body = 'A plain body.';
    const source = FRONT_MATTER.replace('  - One sentence is checked in its context.', '  - Over 90% of patients improved after one injection.') + body;
    const findings = checkSource(source, path.join(FIXTURES, 'virtual/articles/page.mdx'), 'articles/page.mdx', ctx).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'uncited-statistic', line: 5, column: '  - Over '.length + 1 }));
    expect(findings.find((f) => f.ruleId === 'uncited-statistic')!.message).toMatch(/front matter field "summary\[0\]"/);
  });

  it('checks JSX element text and string attributes, but not attribute names or code', () => {
    const findings = check(
      ['<Callout title="A miracle for knees">Stem cells cure arthritis.</Callout>', '', '```', 'cure guaranteed 90%', '```'].join('\n'),
    );
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['no-cure-claim', 'no-hype']);
  });
});
