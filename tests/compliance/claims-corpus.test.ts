/**
 * The labelled claims corpus: its shape (sizes, every class, the held-out rule), and the claims
 * checks' scores on it. Tuning-part figures may not regress; the held-out part is only held to a
 * floor well below what was measured (docs/content-rules.md has the table).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOriginalLine, judgeCorpusEntry, loadCorpus } from '@/lib/compliance/claims/corpus';
import { evaluate, evaluationTable, ratio, type Verdict } from '@/lib/compliance/claims/evaluate';
import { CLAIM_CLASSES } from '@/lib/compliance/claims/lexicon';
import { REPO } from './helpers';

const CORPUS_DIR = path.join(REPO, 'tests/compliance/corpus');
const corpus = loadCorpus(CORPUS_DIR);

describe('claims corpus shape', () => {
  it('has at least 300 sentences: 200 to refuse and 100 near-misses', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((e) => e.label !== 'pass').length).toBeGreaterThanOrEqual(200);
    expect(corpus.filter((e) => e.label === 'pass').length).toBeGreaterThanOrEqual(100);
  });

  it('represents every class with at least 20 sentences, in both parts', () => {
    for (const claimClass of CLAIM_CLASSES) {
      const entries = corpus.filter((e) => e.label === claimClass);
      expect(entries.length, claimClass).toBeGreaterThanOrEqual(20);
      expect(entries.some((e) => e.split === 'heldout'), claimClass).toBe(true);
    }
  });

  it('holds out every third line from the first of each file (at least a third), as fixed before tuning', () => {
    for (const file of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'))) {
      const lines = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').split('\n').filter(Boolean);
      lines.forEach((line, i) => expect(JSON.parse(line).split, `${file}:${i + 1}`).toBe(i % 3 === 0 ? 'heldout' : 'tuning'));
    }
    expect(corpus.filter((e) => e.split === 'heldout').length * 3).toBeGreaterThanOrEqual(corpus.length);
  });

  it('has unique ids and labels matching their file', () => {
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    for (const e of corpus) expect(e.id.startsWith(e.label === 'pass' ? 'near-miss-' : `${e.label}-`), e.id).toBe(true);
  });
});

describe('extra tuning sentences (tuning-extra/)', () => {
  const extra = loadCorpus(path.join(CORPUS_DIR, 'tuning-extra'));

  it('are all in the tuning part, with ids unique across the corpus and labels matching their file', () => {
    expect(extra.length).toBeGreaterThanOrEqual(250);
    expect(extra.every((e) => e.split === 'tuning')).toBe(true);
    expect(new Set([...corpus, ...extra].map((e) => e.id)).size).toBe(corpus.length + extra.length);
    for (const e of extra) expect(e.id.startsWith(e.label === 'pass' ? 'near-miss-x' : `${e.label}-x`), e.id).toBe(true);
  });

  // Bar five the corpus README lists: a "free consultation" is refused as a promotion wherever it
  // stands, though its writer meant a plain fact about waiting times; "our physio is the best at
  // explaining…" is refused as any "the best" about our staff is, though its writer meant it kindly;
  // a member's quoted "fixed my knee for good" is a patient story outside <Testimonial>; and two
  // gift-voucher lines, because care bought as a present for someone else is the kind of promotion
  // the GMC's guidance warns can lead to an ill-considered decision, however plainly it is worded.
  it('no near-miss among them is refused, bar the known five', () => {
    const refused = extra.filter((e) => e.label === 'pass' && judgeCorpusEntry(e).length > 0).map((e) => e.id);
    expect(refused).toEqual(['near-miss-x3745', 'near-miss-x5519', 'near-miss-x6053', 'near-miss-x6322', 'near-miss-x6350']);
  });

  // A retrained classifier can drop a line only it caught (its thresholds follow the highest-scoring
  // near-miss): this keeps every learned claim refused, bar the four the corpus README lists as missed.
  it('every claim among them is refused, bar the known misses', () => {
    const missed = extra.filter((e) => e.label !== 'pass' && judgeCorpusEntry(e).length === 0).map((e) => e.id);
    expect(missed).toEqual(['discouraging-care-x5920', 'uncited-quantity-x4406', 'unverifiable-superlative-x6008', 'unverifiable-superlative-x6127']);
  });
});

describe('whole-page reading of figures and stories', () => {
  const judge = (text: string) => judgeCorpusEntry({ id: 'unit', text, label: 'pass', split: 'tuning' });
  it.each([
    ['Four-fifths of our patients cut down their painkillers.', 'a fraction in words, with an outcome'],
    ['Most golfers we treat are back playing within two months.', 'any group of ours, with an outcome'],
    ['Patients typically gain twelve degrees of bend.', 'a measured gain with its unit'],
    ['Eight times out of ten, a single injection does it.', 'a frequency as "N times out of M"'],
    // Round 20.
    ['Most of our runners return to their pre-injury training levels by the spring.', 'most, back to their previous level'],
    ['The majority of the golfers we see are back in full competition within months.', 'the majority, back in competition'],
    ['Patients typically gain 10 to 15 degrees of bend.', 'a gain given as a range'],
    ['Grip strength reaches roughly twice its baseline by month six.', 'a multiple of the baseline'],
    ['The platelet course gives double the duration of relief.', 'a multiple of the duration'],
    ['How long will it last? For most of our patients, well over two years.', 'a span answer with words between'],
    ['Typical benefit? A full two years, and often much longer.', 'a span alone, answering a headline'],
    ['How many improve? In our experience, around three quarters.', 'a share alone, answering a headline'],
    // Round 21.
    ['How long will the benefit last? For most of our runners, easily beyond two years.', 'a span answer, "easily beyond"'],
    ['Do most people improve? The great majority, and mostly within a month.', 'a share answer with a clause after it'],
    // Round 22.
    ['Nearly every golfer we treat is back at the club within two months.', 'nearly every, back at the club'],
    ['Eighteen in twenty of our shoulder patients would choose the injection again.', 'a frequency in words, "eighteen in twenty"'],
    ['The vast majority of our patients feel much less sore within a fortnight.', 'the majority, less sore'],
    ['Most treated knees are comfortable by the spring.', 'most, comfortable by a date'],
    ['A single injection adds two thousand extra steps to the average day.', 'a gain in steps'],
    // Round 23.
    ['The majority of our members never get that knee ache again.', 'the majority, never again'],
    ['Most patients enjoy two years pain-free after one injection.', 'a span, pain-free after it'],
    ['Nearly all of the walkers we treat are back on the hills within weeks.', 'nearly all walkers'],
    ['Within a season your pain could be half of what it is now.', 'half of what it is now'],
    ['Does it help? Nigh on all of them.', 'nigh on all, as an answer'],
    ['The bulk of folk we see are walking further within a month.', 'the bulk of folk'],
    // Round 24.
    ['Patients regain twice the range of bend they had before.', 'twice the range'],
    ['Patients gain a whole decade of active life.', 'a decade of active life'],
    ['Most people manage the steep steps without a stick after treatment.', 'most, manage the steps'],
    ['The great majority of the gardeners we treat are back kneeling within a week.', 'the majority, back kneeling'],
    // Round 25.
    ['Honestly, most of you will feel years younger by the summer.', 'most of you, the readers, with an outcome'],
    ['The vast majority of you are walking further within a month.', 'the majority of you'],
    // Round 26.
    ['Our programme leaves employees twice as active as they were.', 'twice as active as before'],
    ['Only one client in fifty sees no change after the injection.', 'one client in fifty'],
    ['Thousands of local workers now walk pain-free after our injections.', 'thousands of workers, with an outcome'],
    ['For our clients it is 90 in every 100.', 'N in every M'],
    ['A clear majority of our patients rate their pain as mild by three months.', 'a majority, pain rated mild'],
    ['Most of our treated employees are back at their desks within two days.', 'our treated employees back at their desks'],
    // Round 27.
    ['Our injection has twice the success rate of physiotherapy alone.', 'twice the success rate'],
    ['About 200 patients a year leave us pain-free.', 'patients a year, with what they leave with'],
    ['Most runners who try our PRP never look back.', 'never look back'],
    // Round 28.
    ['Thousands of local farmers are pain-free today thanks to us.', 'thousands of a group, with an outcome'],
    ['Most veterans feel a real difference within a month.', 'most veterans, with an outcome'],
    ['A clear majority of our patients are still going strong years later.', 'still going strong'],
    // Round 29.
    ['The majority of the hikers we treat finish the coast path with no hip pain at all.', 'no pain, as the outcome'],
    ['The majority of the builders we treat are carrying plasterboard again by spring.', 'any activity again'],
    ['The great majority of our knee patients are back fishing by the summer.', 'back at any activity'],
    ['Patients usually see a 40-point leap in their hip scores.', 'an N-point leap'],
    ['Over 300 grandparents have trusted us and reported less stiffness.', 'a counted group of any kind, with an outcome'],
  ])('%s is an uncited statistic (%s)', (text) => {
    expect(judge(text)).toContain('uncited-statistic');
  });
  it.each([
    ['Take no more than eight tablets in 24 hours.', 'a dose over time'],
    ['Most people go back to desk work within a few days.', 'the practical side of recovery'],
    // Round 20.
    ['Most people return to light activity within a week.', 'the practical side of recovery, light activity'],
    ['If a walk feels too long at first, halve it and build up again over a fortnight.', 'halving an activity, an instruction'],
    ['How long does the harvest take? A good forty minutes.', 'a span of the procedure, not of benefit'],
    // Round 25.
    ['Our minibus has seats for up to 12 patients from the station.', 'room for people, not a result'],
    ['The lounge holds about 20 people, so bring one companion at most.', 'a room that holds people'],
    ['Most people go home the same day, and you will need someone to drive you.', 'a lift home, not an outcome'],
    ['Most of you have already had your reminder text.', 'most of you, no outcome'],
    // Round 26.
    ['Most people with hip pain never need an injection at all.', 'not needing our kind of treatment'],
    ['Slogans such as "nine out of ten pain-free" are banned from our leaflets.', 'a figure quoted as a wording'],
    ['The company can cover 50 per cent of the programme fee.', 'a share of a fee'],
    ['Twelve of our employees are nurses.', 'our own employees counted'],
    ['There is no need to pay anything before your first appointment.', 'no need to pay, not care'],
    ['We deleted the line "guaranteed results" from our website last year.', 'a line named as a wording'],
    // Round 27.
    ['We see about 200 patients a year for knee pain relief.', 'patients a year, and what they come for'],
    ['Our last appointment of the day is at 6pm.', 'the timetable, not a last chance'],
    ['Out of hours, NHS 111 can give you advice after your injection.', 'NHS 111 gives advice, not approval'],
    ["It's a myth that an injection means you'll never need a new hip.", 'a myth named as one'],
    // Round 29.
    ['Most patients feel no pain during the injection itself.', 'no pain during the procedure is no outcome'],
    ['Most patients are seeing us again for a check-up at six weeks.', 'a follow-up visit, not an activity again'],
    ['Our 12 treatment rooms are all on the ground floor, so walking is easy.', 'rooms counted, not people'],
    ['Ten out of ten for effort, but rest for a week after your injection.', 'a mark given'],
    ['We stopped offering free consultations last year; the fee is on our price list.', 'an offer stopped'],
    ["A rival clinic calls itself 'the UK's best knee clinic'; nobody can check that.", 'a claim named in single quotes around an apostrophe'],
    // Round 28.
    ['We now employ 30 people across nursing and physiotherapy.', 'staff employed, not a result'],
    ['If anyone promises you a 100 per cent success rate, walk away.', 'a figure someone else might promise'],
    ['A website once called us "the best clinic in Kent"; that is not a claim we make.', 'a claim named and disowned'],
    ['We cannot claim to be the best clinic in town, but we can promise you a friendly team.', 'a promise of how we treat people'],
    // Round 24.
    ['A good answer to "will I need surgery one day?" is that nobody can say.', 'a quoted question, answered'],
    ['"Patients say they like us, but liking a clinic is not evidence," our director said.', 'what patients say, said not to be evidence'],
    // Round 23.
    ['Halve the dose for the first three days if it upsets your stomach.', 'halving a dose, an instruction'],
    ['The majority of the funds raised will pay for a new treatment room.', 'the majority of the money'],
    // Round 22.
    ['I will halve the length of this talk if you ask good questions.', 'halving a talk'],
    ['Twenty in the morning and twenty in the evening: that is the exercise routine.', 'repetitions, not a share'],
    // Round 21.
    ['Your deposit is held by a third-party payment provider.', '"by a third-party", not a third'],
    ['Halve the worry of the day by booking a taxi home in advance.', 'halving a worry by a means, an instruction'],
    ['We cannot promise, and neither can any clinic, that an injection will keep you away from surgery.', 'a denied promise with an aside'],
    ['An old leaflet of ours called the results permanent; that was wrong.', 'a claim taken back in the same sentence'],
    ['Being promised you will never need a new hip is not something any clinic should offer.', 'a promise said not to be made'],
    ['It is not true that our clinic gets better results than others.', 'a comparison denied'],
    ['In the largest trial so far, fat grafts and PRP gave similar pain scores at a year [@zaffagnini2022].', 'a finding of the largest trial, cited'],
    ['Partner clinics offer the injection under local anaesthetic.', 'what partner clinics offer, no claim'],
    ['A patient story can be moving, but it predicts nothing about yours.', 'stories in general'],
    ['Patient reviews on other sites rarely mention the people who did not improve.', 'stories told elsewhere'],
    ['There is no need to stop your usual medicines before the consultation.', 'advice that keeps care'],
    ['The evidence that these injections rebuild cartilage is weak [@natali2023].', 'a claim reported as weakly supported'],
    // Ruled out by the classifier's judging-only gates, so kept out of its training (they would set its thresholds).
    ['No injection can replace a worn-out hip.', "our treatment's limits"],
    ['You do not need a GP referral to book.', 'an admin step'],
  ])('%s passes (%s)', (text) => {
    expect(judge(text)).toEqual([]);
  });

  // Round 19: a question of any length answered with us or a firm yes makes the question's claim ours.
  it.each([
    ['Is ours the leading hip clinic in the Midlands? Our patients say yes, every time.', 'unverifiable-superlative', 'a superlative asked, then affirmed'],
    ['Who offers the finest shoulder care anywhere in Wales? Us, of course.', 'unverifiable-superlative', 'answered "us"'],
    // Round 23.
    ['Q: Do I still need my physio sessions after the injection, given how long the list is? A: Not really.', 'discourage-essential-treatment', 'an FAQ marked A:, however long its question'],
    // Round 25.
    ['Which clinic leads the way in hip injections in Yorkshire? Easily, this one.', 'unverifiable-superlative', 'a question of rank answered "this one"'],
    ['After the finest shoulder care in the county? Look no further!', 'unverifiable-superlative', 'a question of rank answered "look no further"'],
    ['The best cell clinic in Bristol, so why settle for anywhere else?', 'unverifiable-superlative', 'a boast before ", so why…?"'],
    // Round 26 (known misses of earlier batches).
    ['Q: Do I need to keep my physio going? A: After PRP you can drop the exercises.', 'discourage-essential-treatment', 'a question about keeping care, answered with dropping it'],
    ['What is the most effective knee treatment in Britain? You are reading about it.', 'unverifiable-superlative', 'answered "you are reading about it"'],
    ['Mrs K. had tried two physios before she found the clinic that outclasses them all.', 'unverifiable-superlative', '"tried" as sampled, not attempted'],
    ['Which practice is finest for hip injections in Kent? Ours, by a distance.', 'unverifiable-superlative', 'a predicative superlative asked, answered "ours"'],
    ['Is there a better clinic for hips in the county? We do not believe one exists.', 'unverifiable-superlative', 'a better one doubted to exist'],
    // Round 27.
    ['On the surgical list for a new knee this spring? Cancel it and come to us.', 'discourage-essential-treatment', 'a long question answered by dropping "it"'],
    ['Is your knee replacement really necessary? After PRP, the answer is usually no.', 'discourage-essential-treatment', 'whether care is needed, answered no'],
    ['What makes our PRP the market leader? Care in every detail.', 'unverifiable-superlative', 'what makes our PRP the market leader'],
    // Round 28.
    ['We are hiring for the top cell clinic in Leeds — would you like to hear more?', 'unverifiable-superlative', 'a boast before a polite question'],
    // Round 29.
    ["Nobody sorts out a hurler's knee before the county final quite like our crew.", 'unverifiable-superlative', 'nobody like ours, with a long object'],
    ['Nothing else gets you up the stairs the way our PRP service does.', 'unverifiable-superlative', 'nothing else the way ours does'],
    ['Only our team can deliver this standard of care under ultrasound.', 'unverifiable-superlative', 'only ours at this standard'],
    ['Our graft beats all comers.', 'unverifiable-superlative', 'all comers'],
    ["Award-winning care from the region's finest knee doctors: what better gift could there be?", 'unverifiable-superlative', 'a boast before "what better…?"'],
    ['Ready to ditch your hip op? Our programme is the answer.', 'discourage-essential-treatment', '"ready to ditch…?" proposes it'],
    ['Why spend the summer on crutches after a hip op, when an hour with us means you will never need one?', 'discourage-essential-treatment', 'the care not needed, by a pronoun'],
  ])('%s is refused as %s (%s)', (text, rule) => {
    expect(judge(text)).toContain(rule);
  });
  it.each([
    ['Is this the best option for me? Yes, for some people it is, and we will tell you if not.', 'a plain yes, hedged'],
    ['Which clinic is best for you? We can help you compare three of them.', 'a question answered with help'],
    ['Can any clinic promise a cure? Absolutely not.', 'an answer that denies'],
    ['## Myth-busting: "Fat cells rebuild worn knees"', 'a myth quoted in a heading'],
    ['Titles like "best knee clinic" are not based on any independent comparison of results.', 'a ranking quoted to be questioned'],
    // Round 25.
    ['Is a new hip your best option? This one is for your surgeon to answer.', '"this one" opening an answer, not the answer'],
    ['Which clinic should you choose? This one, if it suits you; we will say if it does not.', '"this one", then a condition'],
    ['## Questions to ask before you book anywhere', 'a heading of questions to ask'],
    ['Surgery is sometimes the right answer, so why not ask your GP about it?', 'advice before ", so why not…?"'],
    // Round 26.
    ['Worried about surgery? You can stop the consultation at any time.', 'stopping the consultation, after a question about care'],
    ['Which clinic is nearest to the station? Ours, five minutes away.', 'a neutral superlative answered "ours"'],
    ['Who is best placed to advise on surgery? Us and your GP, together.', '"best placed", answered with the GP'],
    ['Is there a quicker way to get here than by bus? We do not believe one exists.', 'a better way of travel doubted'],
  ])('%s passes (%s)', (text) => {
    expect(judge(text)).toEqual([]);
  });
});

describe('claims checks on the corpus', () => {
  const verdicts: Verdict[] = corpus.map((e) => ({ id: e.id, label: e.label, split: e.split, refusedBy: judgeCorpusEntry(e) }));
  const result = evaluate(verdicts);

  it('tuning part: every sentence to refuse is refused, and no near-miss is', () => {
    expect(result.tuning.overall.missed).toEqual([]);
    expect(result.tuning.nearMisses.ids).toEqual([]);
  });

  // The held-out part is a floor against regressions, set at the last measured figures (never a
  // target to tune to; the goal is 95% with no false alarm, docs/content-rules.md). The original
  // held-out lines were never read while tuning; the lines added later were written by whoever then
  // tuned the rules, so the figure over all lines is the one reported.
  it('held-out part, original lines: recall at least 97% and no false alarm', () => {
    const original = evaluate(verdicts.filter((v) => isOriginalLine(v.id))).heldout;
    expect(ratio(original.overall.refused, original.overall.total)).toBeGreaterThanOrEqual(0.97);
    expect(original.nearMisses.falseAlarms).toBe(0);
  });

  it('held-out part, all lines: recall at least 94% (the goal is 95%) and no false alarm', () => {
    expect(ratio(result.heldout.overall.refused, result.heldout.overall.total)).toBeGreaterThanOrEqual(0.94);
    expect(result.heldout.nearMisses.falseAlarms).toBe(0);
  });

  it('docs/content-rules.md carries the current evaluation table', () => {
    expect(fs.readFileSync(path.join(REPO, 'docs/content-rules.md'), 'utf8')).toContain(evaluationTable(result));
  });
});

describe('evaluate (scoring)', () => {
  const verdicts: Verdict[] = [
    { id: 'a', label: 'pressure-selling', split: 'tuning', refusedBy: ['pressure-selling'] },
    { id: 'b', label: 'pressure-selling', split: 'tuning', refusedBy: [] },
    { id: 'c', label: 'risk-denial', split: 'tuning', refusedBy: ['no-hype-is-not-it', 'uncited-statistic'] },
    { id: 'd', label: 'pass', split: 'tuning', refusedBy: ['endorsement'] },
    { id: 'e', label: 'pass', split: 'heldout', refusedBy: [] },
    { id: 'f', label: 'risk-denial', split: 'heldout', refusedBy: ['no-risk-free'] },
  ];
  const result = evaluate(verdicts);

  it('counts recall per class and overall, and refusals by the class\'s own rule', () => {
    expect(result.tuning.classes['pressure-selling']).toEqual({ total: 2, refused: 1, refusedByClassRule: 1, missed: ['b'] });
    expect(result.tuning.classes['risk-denial']).toEqual({ total: 1, refused: 1, refusedByClassRule: 0, missed: [] });
    expect(result.tuning.overall).toMatchObject({ total: 3, refused: 2, refusedByClassRule: 1 });
    expect(result.heldout.overall).toMatchObject({ total: 1, refused: 1, refusedByClassRule: 1 });
  });

  it('counts false alarms on near-misses per part', () => {
    expect(result.tuning.nearMisses).toEqual({ total: 1, falseAlarms: 1, ids: ['d'] });
    expect(result.heldout.nearMisses).toEqual({ total: 1, falseAlarms: 0, ids: [] });
  });

  it('prints a row per class and the false alarms', () => {
    const table = evaluationTable(result);
    expect(table).toContain('| pressure-selling | 1/2 (50.0%) | 0/0 (100.0%) |');
    expect(table).toContain('| near-misses wrongly refused (false alarms) | 1/1 | 0/1 | |');
  });
});
