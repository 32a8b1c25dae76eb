/**
 * The claims model sentence by sentence: how structure (passive voice, questions, headings, list
 * items, figures in words) and context (negation, reported speech, citation and hedge) decide a
 * claim; and that docs/content-rules.md's rule tables are generated from the rules table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/lib/compliance/claims/model';
import { tagSentence } from '@/lib/compliance/claims/tagger';
import { RULES_END, RULES_START, rulesMarkdown } from '@/lib/compliance/rules-doc';
import { REPO } from './helpers';

const claimsOf = (text: string, inTestimonial = false) => analyseSentence(text, { inTestimonial }).claims.map((c) => c.ruleId);

describe('tagger', () => {
  it('reads only its own lemma fixes, not names an object inherits ("constructor", "toString")', () => {
    expect(tagSentence('The constructor works.').lemmaText).toBe('the constructor work .');
    expect(tagSentence('Call toString here.').lemmaText).not.toMatch(/function|native code/);
  });

  it('keeps a possessive \'s on its noun but reads the verb \'s as "be", a word of its own', () => {
    expect(tagSentence("There's one clinic's list, and it's short.").lemmaText).toBe("there be one clinic's list , and it be short .");
  });

  it('lemmatises inflections the lexicons rely on, and keeps hyphenated words together', () => {
    expect(tagSentence('Damaged cartilage was regrown and it is FDA-approved.').lemmaText).toBe('damage cartilage be regrow and it be fda-approve .');
  });

  it('maps a lemma-text offset back to the written word, past a blanked-out citation', () => {
    const tagged = tagSentence('As shown [@lee2019], the cells rebuilt joints.');
    const at = tagged.lemmaText.indexOf('rebuild');
    expect(tagged.text.slice(tagged.sourceOffset(at))).toBe('rebuilt joints.');
  });

  it('reads a word the tagger gives no lemma as itself, instead of stopping the whole check', () => {
    // wink-nlp has no lemma for this "cannot"; found by the content bench's swapped-word sentences.
    const tagged = tagSentence('Some of these cells behave like stromal cells, often called MSCs or "stem cannot".');
    expect(tagged.tokens.find((t) => t.value === 'cannot')?.lemma).toBe('cannot');
    expect(() => analyseSentence('Our cells, often called "stem cannot", rebuild joints.')).not.toThrow();
  });
});

describe('claims model', () => {
  it.each([
    ['The injection rebuilds worn joints.', 'effect-overclaim'],
    ['Worn joints are rebuilt by the injection.', 'effect-overclaim'],
    ['Our injections have been cleared by the FDA.', 'false-approval'],
    ['We are the only clinic offering an FDA-approved knee injection.', 'false-approval'],
    ['Reserve your injection today.', 'pressure-selling'],
    ['Rugby players trust our knee injections.', 'endorsement'],
    ['Patients tell us the treatment changed everything.', 'testimonial-marked'],
    ['Because the cells are your own, the injection is safe.', 'no-risk-free'],
    ['You no longer need hip surgery.', 'discourage-essential-treatment'],
    ['The leading knee clinic in the north.', 'unverifiable-superlative'],
    ['BMAC eases stiffness in the knee.', 'unhedged-effect'],
    ['## How the injection eases knee pain', 'unhedged-effect'],
    ['Why does the injection work for every kind of knee pain?', 'effect-overclaim'],
  ])('%s → %s', (text, rule) => {
    expect(claimsOf(text)).toContain(rule);
  });

  it.each([
    ['The injection does not rebuild worn joints.', 'negated'],
    ['The FDA has not approved any cell injection for knees.', 'a true regulatory fact'],
    ['Some clinics claim their injections rebuild joints.', 'reported'],
    ['Can the injection rebuild a joint?', 'a question'],
    ['In one small trial, the injection may have eased stiffness [@lee2019].', 'cited and hedged'],
    ['Steroid injections can ease pain for a few weeks.', 'another treatment is the subject'],
    ['We do not offer discounts.', 'negated offer'],
    ['The most common side effect is soreness.', 'a superlative about a side effect'],
  ])('%s stays quiet (%s)', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  // The wordings the issue names as what a new writer would try, each as a headline with no verb too.
  it.each([
    ['Restores damaged joints naturally.', 'effect-overclaim'],
    ['Lipogems is clinically proven to ease knee pain.', 'effect-overclaim'],
    ['Only three appointments left at the introductory price.', 'pressure-selling'],
    ['Patients tell us it gave them their life back.', 'testimonial-marked'],
    ['You no longer need a knee replacement.', 'discourage-essential-treatment'],
    ['The most effective non-surgical treatment for knee arthritis.', 'unverifiable-superlative'],
    ['The only FDA-approved cell therapy for knees is available here.', 'false-approval'],
    ['Say goodbye to knee pain.', 'effect-overclaim'],
    ['Arthritis halted in its tracks.', 'effect-overclaim'],
    ['Knee arthritis, stopped dead in its tracks.', 'effect-overclaim'],
    ['Suitable and effective for everyone.', 'effect-overclaim'],
    ['Effective for all ages.', 'effect-overclaim'],
  ])('the issue’s own wording: %s → %s', (text, rule) => {
    expect(claimsOf(text)).toContain(rule);
  });

  it.each([
    ['No treatment can stop arthritis in its tracks.'],
    ['Not every injection works for everyone.'],
    ['Is it effective for everyone?'],
    ['Exercise is suitable for everyone who can walk.'],
    ['The information evening is open to everyone.'],
  ])('%s stays quiet (near the wordings above)', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('reports what it read: topic, subject, question, citation and hedge', () => {
    const analysis = analyseSentence('Exercise eases knee pain.');
    expect(analysis).toMatchObject({ topic: false, question: false, cited: false, hedged: false, claims: [] });
    expect(analysis.subject).toBe('exercise');
    expect(analysis.disarmed).toEqual([{ ruleId: 'unhedged-effect', words: 'eases knee pain', reason: 'off-topic' }]);
    expect(analyseSentence('Does it ease pain?')).toMatchObject({ question: true, claims: [] });
    expect(analyseSentence('It may ease pain [@lee2019].')).toMatchObject({ cited: true, hedged: true, claims: [] });
  });

  it('lets personal experience through inside a <Testimonial>, but not discouraging care', () => {
    expect(claimsOf('The injection eased my knee pain.', true)).toEqual([]);
    expect(claimsOf('I no longer need my knee surgery.', true)).toContain('discourage-essential-treatment');
  });

  // Structure the tagger gives rather than a word list: the form of a superlative or comparative,
  // a rhetorical question, a predicate about someone else.
  it.each([
    ['Our kindest nurses look after every patient.', 'unverifiable-superlative', 'an -est adjective after a determiner'],
    ['We inject to a stricter standard than any rival.', 'unfair-comparison', 'a comparative by its form, then than and the whole field'],
    ['Where else will you find a team like ours?', 'unverifiable-superlative', 'a question that answers itself'],
    ['Hip operations? Bin the idea.', 'discourage-essential-treatment', 'a headline question answered by dropping care'],
    ['Our harvest needle is the thinnest on the market.', 'unverifiable-superlative', 'an -est adjective the tagger leaves as written'],
    ['Our waiting times are better than those of the big city hospitals.', 'unfair-comparison', 'ours against other providers by kind'],
    ['Our injections settle pain sooner than steroids.', 'unfair-comparison', 'ours against other care by name'],
    ['Sharper diagnosis, kinder care, quicker recovery.', 'unverifiable-superlative', 'a verbless headline of comparatives'],
    ['Nowhere else in Wales will you meet a more skilled team.', 'unverifiable-superlative', 'the field said to fall short, with words between'],
    ['Leading the way in knee regeneration since 2016', 'unverifiable-superlative', 'an -ing headline speaks for the page'],
    ['Patients cross the country for what many call the safest hip care in Britain.', 'unverifiable-superlative', 'a superlative praising a service'],
    ['There is no reason to wait on a surgical list for a new knee.', 'discourage-essential-treatment', 'waiting for care is the care'],
    ['Prize-winning tendon care in the heart of Bristol.', 'unverifiable-superlative', 'an accolade stands for a ranking'],
    ['Our shoulder service came top in the county survey.', 'unverifiable-superlative', 'a ranking by its verb'],
    ['Outstanding outcomes for runners with sore Achilles tendons.', 'unverifiable-superlative', 'excellence claimed for results'],
    ['Searching for the finest knee surgeons in Manchester?', 'unverifiable-superlative', 'a question that answers itself, looking for the best'],
    ['Sooner back to sport than with a steroid jab.', 'unfair-comparison', 'a headline that opens on a comparative against other care'],
    ['Tennis elbow treatment that just does not get better than ours.', 'unverifiable-superlative', 'the negation is the claim'],
    ['Who needs a knee operation at sixty-five?', 'discourage-essential-treatment', 'a rhetorical "who needs" question about care'],
    ['A kinder way to treat a sore Achilles.', 'unverifiable-superlative', 'a better way for the condition itself'],
    ['The county\'s go-to for shoulder injections.', 'unverifiable-superlative', 'the go-to'],
    ['No clinic in Wales injects more knees.', 'unverifiable-superlative', 'the field outdone without "than"'],
    ['Quite simply, we are the specialists in hip injections.', 'unverifiable-superlative', 'the field\'s only experts'],
    ['Swap the operating theatre for a clinic room.', 'discourage-essential-treatment', 'care swapped for ours'],
    ['Tendon care, mastered', 'unverifiable-superlative', 'a participle headline has no subject: it speaks for the page'],
    ['Miles ahead of arthroscopy for a torn meniscus.', 'unverifiable-superlative', 'other care after "ahead of" is the compared-with, not the subject'],
    ['The undisputed pacesetter for shoulder PRP in Kent.', 'unverifiable-superlative', 'a noun of first place'],
    ['If hip care had a winner, it would be our Bath team.', 'unverifiable-superlative', 'a counterfactual answered "it would be us"'],
    ['Cortisone jabs cannot compete with our micro-fragmented fat.', 'unverifiable-superlative', 'other care falling short of ours'],
    ['Nobody in the region quite measures up.', 'unverifiable-superlative', 'the field, with nothing compared aloud'],
    ['Our tendon clinic is as skilled as they come.', 'unverifiable-superlative', 'equal to the best there is'],
    ['The Savile Row of hip injections.', 'unverifiable-superlative', 'an emblem of excellence'],
    ['Superb care, expert hands.', 'unverifiable-superlative', 'a verbless headline of excellence'],
    ['We succeed where other clinics have failed.', 'unverifiable-superlative', 'ours where the rest failed'],
    ['Why keep queuing for physio that is not helping when one injection could?', 'discourage-essential-treatment', 'a relative clause with a negated progressive describes the care; it does not negate the claim'],
    ['Codeine at bedtime? That can end.', 'discourage-essential-treatment', 'a headline question about care answered by its ending'],
    ['Call off your appointment with the hip surgeon.', 'discourage-essential-treatment', 'an appointment for care called off'],
    ['Your GP\'s tablets? Time to bin them.', 'discourage-essential-treatment', 'the GP\'s prescription is the care given up, not the GP advising'],
    ['Our shoulder team is the summit of sports medicine.', 'unverifiable-superlative', 'the top of the field by its noun'],
    ['The platinum tier of hip clinics.', 'unverifiable-superlative', 'an emblem adjective for any noun of the field'],
    ['We are the clinic runners rate most in Leeds.', 'unverifiable-superlative', 'the choice people make most'],
    ['Nobody in Devon treats tendons the way we do.', 'unverifiable-superlative', 'the field outdone by how we do it'],
    ['Does any other team in Scotland offer more precise injections?', 'unverifiable-superlative', 'a rhetorical "is any clinic more…?"'],
    ['The wisest decision you will ever make for your knees.', 'unverifiable-superlative', 'a superlative made ours by "you will ever"'],
    ['Scrap your plans for a hip operation.', 'discourage-essential-treatment', 'plans for care dropped'],
    ['The surgical waiting list can go on without you.', 'discourage-essential-treatment', 'care going on without the reader'],
    ['Codeine every night? Not once you have had our injection.', 'discourage-essential-treatment', 'a headline question answered "not once you have had ours"'],
    ['Among hip clinics in the North, nobody does it better.', 'unverifiable-superlative', 'the field outdone, with the verb\'s object between'],
    ['Ranked the number 1 knee clinic by our own patients.', 'unverifiable-superlative', 'first place written as a digit'],
    ['Other clinics are still playing catch-up with our technique.', 'unverifiable-superlative', 'the field behind us'],
    ['Other teams stop at one injection, and that is why our outcomes are better.', 'unverifiable-superlative', 'ours better, nothing named'],
    ['Marrow-derived cells are a more effective choice than PRP.', 'unfair-comparison', 'one treatment said to work better than another'],
    ['Think of the injection as a substitute for your daily tablets.', 'discourage-essential-treatment', 'care replaced, as a noun'],
    ['Why agree to a knee operation when your own fat could settle it?', 'discourage-essential-treatment', 'care set against ours in a "why… when" question'],
    ['Who needs a cane, a pill box and a physio? Not our patients.', 'discourage-essential-treatment', 'a "who needs" question listing care'],
    ['Our injection means the end of regular visits to the pain clinic.', 'discourage-essential-treatment', 'care dropped through what it is made of'],
    ['Put your trust in our clinic, not the surgical waiting list.', 'discourage-essential-treatment', 'ours in place of care'],
    ['Your surgeon\'s review clinic? After the injection you will not need it.', 'discourage-essential-treatment', 'the answer drops the care the question names'],
    ['Few, if any, teams can match our results.', 'unverifiable-superlative', 'the field outdone, across an aside'],
    ['Where rivals dabble in cell therapy, we have perfected it.', 'unverifiable-superlative', 'the field set against us by "where"'],
    ['Our knee service wins gold for patient care.', 'unverifiable-superlative', 'an emblem of winning'],
    ['Expertise that no other clinic can offer.', 'unverifiable-superlative', 'what no other clinic can offer'],
    ['Nothing eases a sore knee faster than an injection of your own fat.', 'unverifiable-superlative', 'nothing outdoes ours'],
    ['A well-known Premier League striker had his hamstring injected here.', 'endorsement', 'a famous person treated here'],
    ['Rugby club physios send their players to our clinic.', 'endorsement', 'sport\'s professionals sending their players'],
    ['If you want the finest shoulder care in Kent, you have found it.', 'unverifiable-superlative', 'a conditional the page answers with itself'],
    ['Our outcomes simply cannot be bettered.', 'unverifiable-superlative', 'ours past beating'],
    ['Nobody in the whole of Scotland offers a more precise hip injection.', 'unverifiable-superlative', 'the field outdone, named by place'],
    ['Widely regarded as the pre-eminent knee clinic in Wales.', 'unverifiable-superlative', 'pre-eminent'],
    ['## The kinder alternative to knee surgery', 'unverifiable-superlative', 'other care after "alternative to" is the compared-with, not the subject'],
    ['You will not need to keep going back to your surgeon for more steroid jabs.', 'discourage-essential-treatment', 'care not needed any more, by its visits'],
    ['There is no sense booking physio once the cells are in.', 'discourage-essential-treatment', '"no point/sense" with a gerund'],
    ['Patients can wean themselves off methotrexate after treatment.', 'discourage-essential-treatment', 'a prescribed drug by name'],
    ['Leave the brace and the home exercise programme behind.', 'discourage-essential-treatment', 'an exercise programme left behind'],
    ['People on the waiting list for a new knee can take themselves off it.', 'discourage-essential-treatment', 'off the list for care'],
    ['If you want the gold standard in shoulder care, you have found it.', 'unverifiable-superlative', 'a conditional answered by the page'],
    ['Few teams, if any, can rival our results.', 'unverifiable-superlative', 'the aside after the noun'],
    ['No one delivers joint care like our team.', 'unverifiable-superlative', 'the field outdone "like our team", not only "like we do"'],
    ['Hardly any clinic comes close to our results.', 'unverifiable-superlative', 'hardly any of the field keeps up'],
    ['The rest of the field is playing catch-up.', 'unverifiable-superlative', 'the field behind us, its subject the field'],
    ['Think of us as the pace car, while everyone else is still in the pit lane.', 'unverifiable-superlative', 'the field still behind, in any metaphor'],
    ['The Champions League of regenerative medicine.', 'unverifiable-superlative', 'an emblem of the top of sport'],
    ['A superior treatment for knee pain.', 'unverifiable-superlative', 'superior as praise, nothing compared aloud'],
    ['The only clinic you will ever need for your joints.', 'unverifiable-superlative', 'the last clinic anyone needs'],
    ['Care done properly, unlike much of what you will find online.', 'unverifiable-superlative', 'the field set aside by "unlike much of"'],
    ['What makes us the leading PRP clinic in Wales?', 'unverifiable-superlative', 'a question that presumes the ranking'],
    ['Put down the tramadol and pick up your golf clubs.', 'discourage-essential-treatment', 'a medicine put down'],
    ['There is no need to keep going back to your GP for more painkillers.', 'discourage-essential-treatment', 'no need to keep going back to the GP, who is care here, not an adviser'],
    ['Skip the keyhole surgery and get back on the court.', 'discourage-essential-treatment', 'keyhole surgery by name'],
    ['Never agree to that knee operation until you have tried us.', 'discourage-essential-treatment', 'care called off before it starts'],
    ['Do not book the arthroscopy; book an injection instead.', 'discourage-essential-treatment', 'an imperative against booking care'],
    ['Your naproxen can go back in the cupboard.', 'discourage-essential-treatment', 'a medicine put away'],
    ['Instead of a new hip, let one injection be all the treatment you will ever need.', 'discourage-essential-treatment', 'ours as all the care there is'],
    ['Expertise the high-street chains can only dream of.', 'unverifiable-superlative', 'what the field can only dream of, the field named any way'],
    ['Cell therapy done right, which most providers simply do not bother to do.', 'unverifiable-superlative', 'the field failing at what we do'],
    ['Undisputed leaders in hip injections.', 'unverifiable-superlative', 'a title nobody awards'],
    ['Compared with the injections on offer elsewhere, ours are night and day.', 'unverifiable-superlative', 'a gulf between us and the rest'],
    ['Why settle for second best with your shoulder?', 'unverifiable-superlative', 'second best about us, whatever the subject'],
    // Round 11: wordings the classifier had only memorised, as rules.
    ['Steer your knee away from the operating table altogether.', 'discourage-essential-treatment', 'the operating table is care'],
    ['Avoid the operation altogether with one injection.', 'discourage-essential-treatment', 'care avoided for good'],
    ['Shoulder surgery can be avoided with our cells.', 'discourage-essential-treatment', 'care avoided, passive'],
    ['Leave the surgery to other clinics.', 'discourage-essential-treatment', 'care left to others'],
    ['Tell your consultant you will not be needing the operation.', 'discourage-essential-treatment', 'told they will not be needed'],
    ['A knee replacement is something our patients rarely need.', 'discourage-essential-treatment', 'care as something never needed'],
    ['The operation can come off your calendar for good.', 'discourage-essential-treatment', 'care struck off'],
    ['Put the hip replacement on the back burner.', 'discourage-essential-treatment', 'care shelved'],
    ['Let your painkiller prescription run out.', 'discourage-essential-treatment', 'care let go'],
    ['One injection makes physiotherapy redundant.', 'discourage-essential-treatment', 'ours making care needless'],
    ['Put off that shoulder operation indefinitely.', 'discourage-essential-treatment', 'care put off for good'],
    ['Why put yourself through a knee replacement when cells can help?', 'discourage-essential-treatment', '"through" as the tagger writes it, "thru"'],
    ['You can safely ignore your consultant\'s waiting list.', 'discourage-essential-treatment', 'a possessive after the adviser'],
    ['Rather than booking keyhole surgery, trust your own cells.', 'discourage-essential-treatment', 'ours in place of care'],
    ['Say cheerio to your co-codamol.', 'discourage-essential-treatment', 'a farewell in any words'],
    ['Accept nothing less than Britain\'s premier hip service.', 'unverifiable-superlative', '"nothing less than" strengthens, it does not negate'],
    ['The shortest recovery times for PRP in the country.', 'unverifiable-superlative', 'a superlative over the country'],
    ['Our outcomes shine brightest in the region.', 'unverifiable-superlative', 'results that outshine the rest'],
    ['The clinic other surgeons ring when they are stuck.', 'unverifiable-superlative', 'the clinic the field turns to'],
    ['Higher cell counts compared with other providers.', 'unverifiable-superlative', 'superior compared with the rest'],
    ['No other clinic in Wales gets outcomes like ours.', 'unverifiable-superlative', 'the field without results like ours'],
    ['Nobody in the city does hip injections better.', 'unverifiable-superlative', 'the field outdone, the object between'],
    ['Our results leave the big hospital groups in the dust.', 'unverifiable-superlative', 'left in the dust'],
    ['GPs in the area recommend our knee service.', 'endorsement', 'GPs, which the tagger leaves as "gps"'],
    // Round 12.
    ['A hip operation need no longer be seen as a given for our patients.', 'discourage-essential-treatment', 'care no longer a given'],
    ['After treatment, further physiotherapy is seldom needed.', 'discourage-essential-treatment', 'care seldom needed'],
    ['Once the cells are in, the surgical review may be set aside.', 'discourage-essential-treatment', 'care set aside, passive with a modal'],
    ['Keep that knee operation on hold until you have tried our injection.', 'discourage-essential-treatment', 'care on hold until ours is tried'],
    ['Need a new knee, they say? Keep your own knee instead.', 'discourage-essential-treatment', 'the joint kept, after care said to be needed'],
    ['Our injection means your hip never has to be replaced.', 'discourage-essential-treatment', 'ours as the end of replacement'],
    ['Think of surgery as the sledgehammer option.', 'discourage-essential-treatment', 'care as the crude option'],
    ['Dry needling: why bother with the operation?', 'discourage-essential-treatment', 'a why question after a colon'],
    ['Our outcomes compare very favourably with any other clinic.', 'unverifiable-superlative', 'a favourable comparison with the field'],
    ['You would be hard-pressed to find a more experienced hip team.', 'unverifiable-superlative', 'better hard to find'],
    ['We are not aware of any better clinic for shoulders.', 'unverifiable-superlative', 'nobody better, by what we know of'],
    ['There is simply nobody better at hip injections.', 'unverifiable-superlative', 'nobody better'],
    ['Our PRP is to knee care what Wimbledon is to tennis.', 'unverifiable-superlative', 'an analogy with an emblem of the best'],
    ['It has been said that we are the best clinic in the North, and rightly so.', 'unverifiable-superlative', 'reported, then endorsed'],
    ['Unlike the majority of clinics, we publish our outcomes in full.', 'unverifiable-superlative', 'the field set aside by "unlike the majority"'],
    ['Other clinics\' injections are supermarket coffee; ours is the proper espresso.', 'unverifiable-superlative', 'the field\'s product against ours as the real thing'],
    ['Who else can say they pioneered cell injections for tennis elbow?', 'unverifiable-superlative', 'a rhetorical who else'],
    ['Pole position in shoulder injections.', 'unverifiable-superlative', 'first place by its emblem'],
    ['The Group remains the standard-bearer for knee care.', 'unverifiable-superlative', 'the Group, the clinic\'s own name'],
    // Round 13.
    ['Follow-up physio sessions can usually be postponed for good after the cells go in.', 'discourage-essential-treatment', 'care put off for ever, in the passive'],
    ['Anti-inflammatory tablets can normally be discontinued within the month.', 'discourage-essential-treatment', 'any -ly adverb between the modal and the passive'],
    ['Think of the injection as a replacement for, not an addition to, your physiotherapy.', 'discourage-essential-treatment', 'ours in place of care, the contrast in commas'],
    ['There is no sense remaining on the surgical list after a PRP course.', 'discourage-essential-treatment', 'no point staying on the list, with a gerund'],
    ['Allow platelets to step in for the naproxen.', 'discourage-essential-treatment', 'ours standing in for a medicine'],
    ['Skip the reviews with your rheumatologist once the fat graft has settled.', 'discourage-essential-treatment', 'a specialist\'s reviews called off'],
    ['Care of a calibre not equalled anywhere else in the county.', 'unverifiable-superlative', 'unmatched elsewhere, in the passive'],
    ['A standard of aftercare that simply cannot be found elsewhere.', 'unverifiable-superlative', 'not to be found elsewhere'],
    ['Few, if any, private hospitals can rival our shoulder service.', 'unverifiable-superlative', 'few if any, of hospitals'],
    ['There is no better approach to a worn knee than our fat graft.', 'unverifiable-superlative', 'no better approach'],
    ['Our hip results put us among the top five per cent of providers in Europe.', 'unverifiable-superlative', 'a rank by percentile'],
    ['The supremacy of our platelet method is now accepted by colleagues.', 'unverifiable-superlative', 'superiority as a noun'],
    ['Our PRP protocol is decades ahead of the injections most clinics give.', 'unverifiable-superlative', 'decades ahead'],
    ['Our knee team is offering a clearly superior choice for runners.', 'unverifiable-superlative', 'superior after any -ly adverb'],
    ['Other providers have yet to match our tendon outcomes.', 'unverifiable-superlative', 'the field has yet to match us'],
    ['Does any other practice give care as personal as ours?', 'unverifiable-superlative', 'a rhetorical "as good as ours?"'],
    ['- Unrivalled for speed of access and follow-up', 'unverifiable-superlative', 'a verbless list item; "follow-up" is a noun, not a verb'],
    ['Press release: the Group today announced it is the leading name in hip regeneration.', 'unverifiable-superlative', 'the Group announcing'],
    // Round 14.
    ['Skip the shoulder surgery? Plenty of our patients do.', 'discourage-essential-treatment', 'an imperative with a question mark offers the step'],
    ['Is it time to accept that you won\'t be needing that knee replacement?', 'discourage-essential-treatment', 'a question that asserts, "won\'t be needing"'],
    ['Platelets take the place of cortisone, so there\'s no need to book another jab.', 'discourage-essential-treatment', '"no need to book" drops care, it is not booking with us'],
    ['Why queue for two years on the hospital list for a hip replacement when your own fat can help?', 'discourage-essential-treatment', 'a long wait before "when"'],
    ['You can cancel the pre-op assessment once the injection has settled.', 'discourage-essential-treatment', 'pre-op care, not "op" alone'],
    ['There isn\'t a team in Scotland that treats tendons with more care than ours.', 'unverifiable-superlative', '"there isn\'t a…", more than ours'],
    ['Nobody, honestly nobody, gets more from a platelet injection than we do.', 'unverifiable-superlative', 'the field negated, with commas in between'],
    ['No clinic in the county treats shoulder pain as well as we do.', 'unverifiable-superlative', '"no clinic… as well as we do"'],
    ['THE #1 CHOICE FOR KNEE INJECTIONS', 'unverifiable-superlative', '"#1" for number one'],
    ['The team that wrote the manual on platelet injections.', 'unverifiable-superlative', 'mastery idiom after "that"'],
    ['Compared with the typical sports clinic, our runners recover faster.', 'unverifiable-superlative', 'the ordinary clinic set against ours'],
    ['Steroid jabs are old hat, and our PRP leaves them standing.', 'unverifiable-superlative', 'a later clause of ours after other care'],
    ['If you are after the finest hip care in Wales, you have now found it.', 'unverifiable-superlative', '"you have now found it"'],
    ['Rival providers are still struggling to catch up with us.', 'unverifiable-superlative', 'the field chasing us'],
    ['Why pick a second-best clinic when ours is down the road?', 'unverifiable-superlative', 'second best, asked'],
    ['Our lead surgeon is the leader of platelet therapy in the North.', 'unverifiable-superlative', 'the leader of a kind of care'],
    ['Next to PRP and steroids, our fat graft wins hands down.', 'unverifiable-superlative', 'a win by a margin'],
    ['Lots of practices imitate our technique.', 'unverifiable-superlative', 'many clinics copying ours'],
    ['Safer injections, faster recovery: the Leeds way.', 'unverifiable-superlative', 'a row of comparatives'],
    ['Our knee service is two decades ahead of the high-street chains.', 'unverifiable-superlative', 'any number of decades ahead'],
    ['If they gave out trophies for hip care, we would need a bigger shelf.', 'unverifiable-superlative', 'an award that would be ours'],
    // Round 15.
    ['Let platelets be your escape route from the hip replacement list.', 'discourage-essential-treatment', 'a way out of care'],
    ['After the injection there is hardly any need to keep taking the naproxen.', 'discourage-essential-treatment', '"hardly any need" for care'],
    ['In all my years I have never seen a therapy that beats PRP for tennis elbow.', 'unverifiable-superlative', 'nothing better ever met'],
    ['Lots of clinics inject fat, but we do it properly.', 'unverifiable-superlative', 'many clinics set against us doing it properly'],
    ['Our platelet shots knock the spots off a course of physio.', 'unverifiable-superlative', '"knock the spots off"'],
    ['If you are looking for the best hip care in Kent, you have come to the right place.', 'unverifiable-superlative', 'the search answered with us'],
    ['MFAT is the smartest option for a worn knee.', 'unverifiable-superlative', 'MFAT is our treatment'],
    ['Nothing gets you back to tennis faster than a PRP injection.', 'unverifiable-superlative', 'nothing better than our injection by name'],
    ['Everyone offers injections these days, but we are the team that does them properly.', 'unverifiable-superlative', 'the team that alone does it right'],
    // Round 16.
    ['Our cells keep the original hinge working, so you will never need new parts.', 'discourage-essential-treatment', 'a replacement by metaphor, no article'],
    ['Never sign a consent form until you have spoken to us.', 'discourage-essential-treatment', 'care held off until we have seen you'],
    ['Platelets can take the place of long-term pain management at the hospital.', 'discourage-essential-treatment', 'pain management as care'],
    ['Instead of having keyhole surgery, let your body\'s own healing do the work.', 'discourage-essential-treatment', 'the body\'s own healing in place of care'],
    ['Skip that hospital orthopaedic review and come to us instead.', 'discourage-essential-treatment', 'an appointment for care, named by its kind'],
    ['The treatment here is a class apart from anything on the high street.', 'unverifiable-superlative', 'the care here is ours'],
    ['Forget the rest: this is where the true specialists are.', 'unverifiable-superlative', 'where the real experts are'],
    ['Why trust anyone but the best with your knees?', 'unverifiable-superlative', 'anyone but the best'],
    ['Platelet therapy as rival clinics can only dream of.', 'unverifiable-superlative', 'the field can only dream of ours'],
    ['Outshining conventional knee care for a decade.', 'unverifiable-superlative', 'an -ing headline'],
    ['If knee clinics were restaurants, ours would have three Michelin stars.', 'unverifiable-superlative', 'a likeness that crowns us'],
    // Round 17.
    ['Your GP says you need a hip operation, but your own fat cells beg to differ.', 'discourage-essential-treatment', 'clinical advice contradicted'],
    ['- No more queueing on the hospital list for a new hip', 'discourage-essential-treatment', 'the hospital list as care'],
    ['Why put up with a run-of-the-mill clinic for your shoulder?', 'unverifiable-superlative', 'the ordinary clinic, asked'],
    ['There\'s only one team we would send our own families to.', 'unverifiable-superlative', '"there\'s" read as "there be"'],
    ['Quite simply the smartest money for your hips you will ever spend.', 'unverifiable-superlative', 'a superlative a few words before "ever"'],
    ['Miles ahead of anything on offer at a high-street clinic.', 'unverifiable-superlative', 'a headline ahead of the field'],
    ['Your review is with the leading name in shoulder care.', 'unverifiable-superlative', 'the leading name in a field'],
    ['Among the many knee clinics in Leeds, we are the runaway front-runner.', 'unverifiable-superlative', 'first by its noun'],
    ['Ready for a clinic that leaves the rest standing?', 'unverifiable-superlative', 'a question that offers a claim'],
    // Round 18.
    ['It is rarely necessary to see your general practitioner again after the graft.', 'discourage-essential-treatment', '"rarely necessary to", the GP in full'],
    ['We would advise that the pending surgical referral be withdrawn.', 'discourage-essential-treatment', 'a referral withdrawn'],
    ['Instead of sticking with physiotherapy that is not working, we suggest moving straight to PRP.', 'discourage-essential-treatment', 'ours in place of care, "we suggest"'],
    ['Knee replacements are so yesterday.', 'discourage-essential-treatment', 'care as out of date'],
    ['A shoulder operation is now off the table for most of our patients.', 'discourage-essential-treatment', 'care off the table'],
    ['Why depend on co-codamol when one injection could do the job?', 'discourage-essential-treatment', 'why rely on care'],
    ['It is no secret that our results compare favourably with any clinic in Yorkshire.', 'unverifiable-superlative', '"no secret" asserts'],
    ['Should you want the finest knee care in Bath, look no further.', 'unverifiable-superlative', '"should you…", "look no further"'],
    ['Our fat grafts knock the socks off every other knee treatment.', 'unverifiable-superlative', '"knock the socks off"'],
    ['Steroid shots? Gels? Neither comes close to our platelet injections.', 'unverifiable-superlative', '"neither comes close"'],
    ['Nobody else in Wales blends sports medicine and cell therapy to the same extent.', 'unverifiable-superlative', 'the field short of us by degree'],
    ['If there is a better way to treat a sore tendon, we have not found it.', 'unverifiable-superlative', 'better, not found'],
    ['Our method is a marked improvement on those used by most other clinics.', 'unverifiable-superlative', 'an improvement on the field'],
    ['The practice is the natural first port of call for runners with sore knees.', 'unverifiable-superlative', 'first port of call, "the practice" as ours'],
    ['Our shoulder team sits firmly at the pinnacle of the profession.', 'unverifiable-superlative', 'at the pinnacle'],
    ['Few, if any, consultants in Scotland can rival our hip results.', 'unverifiable-superlative', 'few if any consultants'],
    ['None is better for a torn tendon than an injection of your own platelets.', 'unverifiable-superlative', '"none is better… than" ours'],
    ['Honestly, nobody does hips better than this team.', 'unverifiable-superlative', '"this team" as ours'],
    ['Is there a more skilled knee specialist in the county?', 'unverifiable-superlative', 'a rhetorical question about a specialist'],
    ['Trust me, they are the best in the business.', 'unverifiable-superlative', 'the best in the business'],
    ['Streets better than the clinic across town.', 'unverifiable-superlative', 'a headline better than the field'],
    // Round 19.
    ['Your painkillers could be replaced by a single session here.', 'discourage-essential-treatment', 'care replaced by ours, passive'],
    ['Our graft takes a hip replacement off the agenda for many patients.', 'discourage-essential-treatment', 'care taken off the agenda'],
    ['Will I still need my physio sessions afterwards? No, the graft takes over.', 'discourage-essential-treatment', 'an FAQ on care answered no'],
    ['Does your mother really need that hip operation she is waiting for?', 'discourage-essential-treatment', 'a question that doubts booked care'],
    ['Your rehab plan? Consider it cancelled by one injection.', 'discourage-essential-treatment', 'care after its headline, "consider it"'],
    ['Our cartilage results sit a league above the rest of the county.', 'unverifiable-superlative', 'a league above'],
    ['Fat or marrow versus a steroid jab: it is not even close.', 'unverifiable-superlative', 'a comparison answered "not even close"'],
    // Round 20.
    ['Once you have had the graft, hydrotherapy sessions become unnecessary.', 'discourage-essential-treatment', 'care made needless, hydrotherapy as a therapy'],
    ['Your exercise therapy becomes pointless after one injection.', 'discourage-essential-treatment', 'exercise therapy made pointless'],
    ['The time of relying on steroid jabs from the hospital every few months is over.', 'discourage-essential-treatment', 'care with words between, then "over"'],
    ['After treatment here there is no need for further orthopaedic review.', 'discourage-essential-treatment', 'orthopaedic review as care'],
    ['Nobody in Kent treats shoulders quite like the team at our Canterbury clinic.', 'unverifiable-superlative', 'nobody does it like the team at ours'],
    ['Our hip outcomes have reached a standard no other clinic in Scotland can claim.', 'unverifiable-superlative', 'no other clinic can claim'],
    ['There is simply no superior option for a sore tendon.', 'unverifiable-superlative', 'no superior option'],
    ['Is there a more experienced PRP team anywhere in Wales? We seriously doubt it.', 'unverifiable-superlative', 'a better one asked after, doubted'],
    ['Our tendon service is in a different league to the high-street physios.', 'unverifiable-superlative', 'a different league'],
    ['Beside our fat grafts, every other knee injection looks outdated.', 'unverifiable-superlative', 'the rest made to look dated'],
    ['Sports physicians rank our knee pathway above all the alternatives.', 'unverifiable-superlative', 'ranked above the field'],
    ['Weigh up the options and we are the obvious choice.', 'unverifiable-superlative', 'ours as the obvious choice'],
    ['Our surgeons wrote the textbook on bone marrow injections.', 'unverifiable-superlative', 'wrote the textbook'],
    // Round 21.
    ['Sick of daily anti-inflammatories? Our injection helps you come off them for good.', 'discourage-essential-treatment', 'care dropped by a pronoun, with our help'],
    ['Has the surgeon booked you a new hip? See us first and keep your own hip.', 'discourage-essential-treatment', 'keep your own joint instead'],
    ['There is no reason to see your physio ever again after the graft.', 'discourage-essential-treatment', 'no reason to see care again'],
    ['A shoulder replacement can now be postponed indefinitely.', 'discourage-essential-treatment', 'care postponed for good, passive'],
    ['Our PRP is leagues ahead of the high-street offerings.', 'unverifiable-superlative', 'leagues ahead'],
    ['We are the Ferrari of knee clinics; the rest are family saloons.', 'unverifiable-superlative', 'the emblem claimed outright'],
    ['Tried the rest? Now try the best.', 'unverifiable-superlative', 'tried the rest, try the best'],
    ['No practice within fifty miles of Leeds is better equipped than ours.', 'unverifiable-superlative', 'no practice better than ours, words between'],
    ['Our clinics offer hip care unrivalled anywhere in Britain.', 'unverifiable-superlative', 'unrivalled anywhere'],
    ['What makes our technique the most respected in cell therapy?', 'unverifiable-superlative', 'what makes our technique the most…'],
    ['Moving your knee care to us is the single smartest decision you can make.', 'unverifiable-superlative', 'the single smartest'],
    ['The sealed system out-performs manual methods in every respect.', 'unfair-comparison', 'out-performs'],
    ['- Industry-leading recovery times', 'unverifiable-superlative', 'a bullet that opens on industry-leading'],
    ['Fancy the Premier League of knee care? Reply BOOK.', 'unverifiable-superlative', 'an offer put as a question'],
    ['Is there a better way to treat a sore tendon than with your own platelets? We really don\'t think so.', 'unverifiable-superlative', 'ours compared, then a doubt'],
    // Round 22.
    ['Has your GP suggested steroid injections? Refuse, and ask about your own platelets instead.', 'discourage-essential-treatment', 'care asked about, refused in the answer'],
    ['Booked in for a shoulder operation? Call it off and try PRP first.', 'discourage-essential-treatment', 'care called off by a pronoun'],
    ['If you have been told you need an arthroscopy, turn to us instead.', 'discourage-essential-treatment', 'ours instead of the care named'],
    ['Our knee patients rarely end up needing a replacement.', 'discourage-essential-treatment', 'our patients rarely need the care'],
    ['Ours is the first and only cell clinic in Cornwall.', 'unverifiable-superlative', 'first and only'],
    ['The only programme of its kind in the South West.', 'unverifiable-superlative', 'the only one of its kind'],
    ['Put our PRP up against any clinic in London and we will win every time.', 'unverifiable-superlative', 'up against any clinic, and win'],
    ['The most thorough knee assessment in the county is now included in every visit.', 'unverifiable-superlative', 'the most thorough in the county'],
    ['I have worked in clinics across Europe, and not one of them came close to ours.', 'unverifiable-superlative', 'not one of them came close'],
    ['Is there a better place for your knees than the region\'s leading cell clinic?', 'unverifiable-superlative', 'a rhetorical question, than the leading clinic'],
    // Round 23.
    ['Surgeon keen to operate? Let our injection overrule him.', 'discourage-essential-treatment', 'the clinician overruled'],
    ['Put that hip operation out of your head: one visit to us is enough.', 'discourage-essential-treatment', 'care put out of mind'],
    ['On the list for a new knee? Our graft is your way out of it.', 'discourage-essential-treatment', 'a way out of the care, by a pronoun'],
    ['Our specialists are the first and last word in shoulder injections.', 'unverifiable-superlative', 'the first and last word'],
    ['The clear pace-setter in knee care sits streets ahead of the rest.', 'unverifiable-superlative', 'a pace-setter, ahead of the rest'],
    ['Nobody in Wales understands tendons the way we do.', 'unverifiable-superlative', 'nobody understands it the way we do'],
    // Round 24.
    ['Patients told they need a new knee can keep their own joint with us instead.', 'discourage-essential-treatment', 'keep their own joint'],
    ['After your graft there is no reason to return to the orthopaedic clinic.', 'discourage-essential-treatment', 'the orthopaedic clinic as care'],
    ['Our injections leave the hospital physios in the shade.', 'unverifiable-superlative', 'leave them in the shade'],
    ['We pip the private hospitals at the post for hips.', 'unverifiable-superlative', 'pip them at the post'],
    ['The industry-defining name in cell therapy.', 'unverifiable-superlative', 'industry-defining'],
    ["Wales's number-one destination for knee injections is in Cardiff.", 'unverifiable-superlative', 'the number-one destination'],
    // Round 25.
    ['We are the Champions League pit crew among knee clinics.', 'unverifiable-superlative', 'an emblem with two words before "among"'],
    ['Think of us as the five-star hotel among joint clinics.', 'unverifiable-superlative', 'a five-star noun "among"'],
    ['- Rated top of the table for knee injections', 'unverifiable-superlative', 'rated top of the table'],
    ['Cafe tip: if you want the finest knee care in Devon, you are already in the right place.', 'unverifiable-superlative', 'a labelled tip, already in the right place'],
    ['No rival we reviewed came close to its results for tennis elbow.', 'unverifiable-superlative', 'no rival came close to its results'],
    ['Our hip service outranked three chains in every category we scored.', 'unverifiable-superlative', 'outranked in every category'],
    ['Out of every clinic on our list, this is the one that genuinely works.', 'unverifiable-superlative', 'the one that genuinely works, out of every clinic'],
    ['Your consultant may say you need a new hip, but our results show otherwise.', 'discourage-essential-treatment', 'the advice contradicted, "show otherwise"'],
    ['After the graft you can stop your blood thinners for good.', 'discourage-essential-treatment', 'blood thinners, which the tagger reads as "thin"'],
    // Round 26 (known misses of earlier batches).
    ['Surgery on the cards, and our cells are the route to avoid it.', 'discourage-essential-treatment', 'ours as the route to avoid the care'],
    ['Told you need a hip replacement, get a second opinion from your own platelets instead.', 'discourage-essential-treatment', 'a second opinion from your own cells'],
    ['Tell the hospital you will not be needing that theatre slot.', 'discourage-essential-treatment', 'the hospital told to stand down'],
    ['Many on codeine come to us, and our patients can quit it within a month.', 'discourage-essential-treatment', 'our patients drop the care by a pronoun'],
    ['After the graft you will not need your hospital check-ups.', 'discourage-essential-treatment', 'hospital check-ups as care'],
    ['People often ask whether they can cancel their knee operation, and once treated the answer is nearly always yes.', 'discourage-essential-treatment', 'asked whether, answered yes'],
    // Round 26 (-57 and -58).
    ['Treated clients simply never go on to surgery.', 'discourage-essential-treatment', 'our treated people never go on to the care'],
    ['Anyone on the hospital list for a new knee should take themselves off it and ring us.', 'discourage-essential-treatment', 'off the list by their own hand'],
    ['Nobody in our scheme has to put up with weeks of physio any more.', 'discourage-essential-treatment', 'nobody has to go through the care any more'],
    ["Your surgeon may say you need a hip replacement but, honestly, with our injection you don't.", 'discourage-essential-treatment', 'the advice answered "you don\'t"'],
    ['There is no need to keep doing the exercises your physio set once the injection works.', 'discourage-essential-treatment', 'no need to keep doing what the physio set'],
    ['Why bother going to your GP about hip pain when you can book with us?', 'discourage-essential-treatment', 'why bother going to the GP'],
    ['Listen, my advice to anyone on a waiting list is to come off it and see us.', 'discourage-essential-treatment', 'our own advice is no hedge'],
    ['I tore up my referral letter for the knee op after one visit.', 'discourage-essential-treatment', '"tore up", an irregular past'],
    ['Employers will find no programme more advanced for knee pain.', 'unverifiable-superlative', 'no programme found more advanced'],
    ['No rival clinic can match the care our nurses give.', 'unverifiable-superlative', 'no rival can match ours'],
    ['You will not find a kinder or more skilled team than ours.', 'unverifiable-superlative', 'nothing better than ours to be found'],
    ["The county's go-to provider of knee injections.", 'unverifiable-superlative', "a place's go-to provider"],
    ['The service you get here is second to none.', 'unverifiable-superlative', 'the service you get here, as ours'],
    // Round 26: the prefilter's triggers now hold what the rules match (judged with the prefilter on, as here).
    ['Our bone marrow therapy goes the distance where other treatments fall short.', 'unverifiable-superlative', '"fall short" in the trigger'],
    ['Serious athletes pick the clinic that beats the rest on every measure.', 'unverifiable-superlative', '"beats" in the trigger'],
    ['The safest way to treat a knee is with your own cells.', 'no-risk-free', '"safest", which the tagger reads as "safe"'],
    // Round 27.
    ['If your consultant has booked you in for a new hip, put it off indefinitely and see us.', 'discourage-essential-treatment', 'care put off for good by a pronoun'],
    ['Our lead surgeon is simply in a league of his own.', 'unverifiable-superlative', 'a league of his own'],
    ['Think of us as the Harley Street of hips.', 'unverifiable-superlative', 'Harley Street as an emblem'],
    ['Their results are second to none.', 'unverifiable-superlative', 'their results, as a clinic\'s'],
    ["The county's outstanding private clinic for hip injections.", 'unverifiable-superlative', 'an adjective before the clinic'],
    ['Nothing else in the region, private or NHS, can hold a candle to our PRP.', 'unverifiable-superlative', 'nothing can hold a candle, words between'],
    ['Our graft has left every other treatment trailing.', 'unverifiable-superlative', '"left … trailing"'],
    ['## PRP vs Steroids: The Clear Winner for Tennis Elbow', 'unverifiable-superlative', 'a match-up with its winner'],
    ['Our clients say they are moving more freely within a week.', 'unhedged-effect', '"moving", in the trigger'],
    // Round 28.
    ['After our injection a hip replacement probably will not be necessary.', 'discourage-essential-treatment', 'the care said not to be needed'],
    ['Nobody with a sore knee needs to go under the knife.', 'discourage-essential-treatment', 'nobody needs the care'],
    ['There is no need for patients to keep taking their anti-inflammatories after the graft.', 'discourage-essential-treatment', 'no need for patients to keep taking the care'],
    ['Your place on the surgical list for a new knee can be given up.', 'discourage-essential-treatment', 'the care given up, passive'],
    ["Don't bother with a referral to a knee surgeon; we are all you need.", 'discourage-essential-treatment', 'a referral to the care not bothered with'],
    ['You can stand down your appointment with the rheumatologist.', 'discourage-essential-treatment', 'stand down'],
    ['She has not needed a single painkiller since her injection.', 'discourage-essential-treatment', 'the care not needed since ours'],
    ['Our patients get better results with us than from a hip replacement.', 'unfair-comparison', 'better results with us than other care'],
    ['Our patients get their lives back after one injection.', 'effect-overclaim', '"lives back", in the trigger'],
  ])('%s → %s (%s)', (text, rule) => {
    expect(claimsOf(text)).toContain(rule);
  });

  it.each([
    ['Boots are best for the walk home after your injection.', 'a predicative superlative about someone else'],
    ['Our nearest station is ten minutes away.', 'a superlative of place'],
    ['Some people in the trial gained more than others [@lee2019].', 'an amount, not a quality'],
    ['Surgery has stronger support than any injection for severe damage.', 'a comparison of the evidence'],
    ['The largest dose we give is 20 ml.', 'a superlative of dose'],
    ['Our biggest consulting room has step-free access.', 'a size that ranks no service'],
    ['Our clinic is smaller than a hospital, so clinics run to time.', 'a neutral comparative'],
    ['Recovery is usually quicker than after surgery, but everyone is different.', 'the compared-with ends at its clause'],
    ['For bone-on-bone arthritis, a replacement usually does better than any injection.', 'a comparison that favours other care'],
    ['Knee replacement is the most effective treatment for end-stage arthritis.', 'a superlative about other care'],
    ['Stopping painkillers suddenly can make pain worse, so cut down only with your GP\'s agreement.', 'a change left to the clinician'],
    ['The phrase "world-class" tells you nothing about results.', 'a wording mentioned, not used'],
    ['NICE recommends regular exercise for everyone with knee arthritis.', "a body's advice about other care"],
    ['Less invasive than surgery, the injection needs only a local anaesthetic.', 'a description of the procedure no one disputes'],
    ['Our most senior radiographer checks every scan.', 'a ranking within our own staff'],
    ['The award-winning garden outside is open to patients.', 'an accolade for no service of ours'],
    ['If your knee is badly worn, a replacement usually gives better relief than any injection.', 'the main clause after "if…," is about other care'],
    ['Coming off your painkillers is your GP\'s decision, not ours.', 'a change of medicines left to the GP'],
    ['We are the specialists who will see you on the day.', 'who will see you, not the field\'s only experts'],
    ['Our nurses champion good sleep in the first week.', 'a first-place noun used as a verb'],
    ['We cannot match our clinic hours to every school run.', 'we, not the field, fall short'],
    ['If the after-care falls short of our standards, tell us.', 'our own standards, not the field'],
    ['Clinics that describe their injections as the finest in Britain cannot show it.', 'someone else\'s description'],
    ['Excellence in research is the university\'s, not ours.', 'excellence credited to research'],
    ['Put your feet up, as you should be doing, for the first evening.', 'advice, not care "as it should be done"'],
    ['The peak of the swelling usually comes on the second day.', 'a peak that ranks nothing'],
    ['What patients value most is time to ask questions.', 'what matters most to patients, not a choice of clinic'],
    ['No one knows your knee the way you do.', 'the reader, not us'],
    ['Are any other clinics in the area more affordable?', 'a question about price'],
    ['The best way to treat a torn tendon at home is rest and ice.', 'advice with its own verb, not a headline'],
    ['Put your old referral letter through the shredder once you have a new one.', 'no care given up'],
    ['No one does it better than your own GP at spotting a change in your general health.', 'the GP praised, not us'],
    ['Our results are better when you keep up your exercises.', 'a condition of our own results, not a comparison'],
    ['Bone marrow cells are harder to collect than fat.', 'a practical comparison, not one of effect'],
    // Round 13.
    ['No trial has yet shown the superiority of one cell source over another.', 'superiority inside a negated finding'],
    // Round 18.
    ['Leading bodies such as the MHRA have not licensed these injections.', 'leading bodies, not a ranking'],
    ['Our leading fundraiser ran the whole course in fancy dress.', 'a leading fundraiser'],
    // Round 25.
    ['For older patients a hip replacement is often the best option, and our team will say so.', 'the best option is other care in its own clause'],
    ['Leading a clinic for ten years has taught me to listen first.', 'leading as a verb'],
    ['Tuesday mornings are your best bet for a quick appointment.', 'a practical tip'],
    ['Keep your hospital check-ups: the injection does not replace them.', 'hospital check-ups kept'],
    ['Ask whether you can stop your painkillers; your GP will say if the answer is yes.', 'the answer left to the GP'],
    ['Back pain is one of the leading causes of sickness absence.', 'a leading cause'],
    ['Our advice is to keep taking your painkillers as prescribed.', 'our advice to keep care'],
    ['If you want the nearest parking to the clinic, you have come to the right place.', 'a neutral superlative, the right place'],
    ['In the race for better knees, patience matters.', '"for better", which the tagger reads as "for good"'],
    ['We do not run offers, discounts or deadlines.', 'a negated list of offers'],
    ['Our patients cut their painkiller use by half.', 'a use cut by a measure, not "used by" anyone (a figure for the statistics check)'],
    ['## Surgery versus injections: surgery is the clear winner for bone-on-bone knees', 'a match-up won by other care'],
    ['I have not taken my tablets since Tuesday because I ran out, so I rang my GP.', 'care missed and sought, not given up'],
    ['Gentle strengthening exercises and a walking stick are worth trying before any injection.', 'strengthening exercises as a kind of care'],
    ['It is too soon to tell whether these injections are better than physiotherapy.', 'too soon to tell whether'],
    ['Stop a blood thinner only if the doctor who prescribed it agrees.', 'a change left to the prescribing doctor'],
    // Round 24.
    ['She trained at one of the UK\'s leading teaching hospitals.', 'a leading hospital someone trained at'],
    ['Top tip: bring your scans on a memory stick.', 'a top tip'],
    ['A magazine once called our team "pioneers"; that is the writer\'s opinion.', 'a magazine\'s word, reported'],
    ['The press sometimes describes these injections as a cure; we never do.', 'what the press describes'],
    ['We are the only clinic in the directory listed under two headings.', 'a directory listing'],
    // Round 23.
    ['Our gel is sold as a cosmetic, not a medicine.', 'what a product is sold as'],
    ['Coming off a blood thinner is a decision for you and your doctor.', 'a change left to the doctor'],
    ['If the pain comes back, please see your GP; there is no shame in needing an operation later.', 'care encouraged'],
    ['"Never need a new knee again" is a promise no honest clinic makes.', 'a quoted promise named after it'],
    ['Some bloggers describe the injection as a cure, but no trial supports that.', 'what bloggers describe, rebutted'],
    // Round 22.
    ['I cannot say whether we are the best clinic in the city, and nobody else can either.', 'nobody else can either'],
    ['Why you will not see the word "guaranteed" anywhere on our site', 'a wording mentioned'],
    ['Your appointment letter arrives by post; if you cannot make it, cancel it by phone.', 'an appointment cancelled, not care'],
    ['If your surgeon advises surgery, we will send our notes to them.', 'care advised, kept'],
    ['The most common question in the clinic is about recovery time.', 'the most common question'],
    // Round 21.
    ['Crutches are a thing to keep for a day or two; after that, most people come off them.', 'a walking aid dropped, not care'],
    ['Keep your own GP informed about the injection.', 'keeping the GP informed'],
    ['Our biggest car park is behind the building.', 'a size superlative that ranks nothing'],
    ['Hand-made splints are fitted in the clinic.', 'a compound with a verb, no claim'],
    ['Fancy a cup of tea while you wait? Just ask at the desk.', 'an offer of tea'],
    // Round 20.
    ['Is there a better time to ice the knee than straight after a walk? We doubt it, but any time helps.', 'a doubt about a time, not a clinic'],
    ['Is there a better treatment than a new joint for bone-on-bone arthritis? We doubt it.', 'a doubt that favours other care'],
    ['Crutches become unnecessary for most people after a day or two.', 'a walking aid, not care'],
    ['The best option for you depends on your scans and what you hope for.', 'best for you, with its verb'],
    ['Surgeons rank patients on the waiting list by need.', 'a ranking of patients, not of us'],
    ['In a different league of evidence, joint replacement has decades of registry data.', 'a league said of other care'],
    // Round 19.
    ['Do you really need a scan before your first visit? Usually not: we decide together.', 'a doubting question about no care'],
    ['Your GP can be replaced as your main contact only if you ask us to write to the practice.', 'care named, nothing replaced by ours'],
    ['Is a steroid injection as good as PRP? The evidence is not even close to settling that.', '"not even close to", about the evidence'],
    ['Do I need a GP referral after my scan? No, you can book yourself.', 'an admin step answered no'],
    ['The myth that "stem cells regrow cartilage" is one the evidence does not support.', 'a myth quoted'],
    ['Some videos online say one injection will double your mobility, but none cites a trial.', 'videos online, reported'],
    ['Influencers love calling every clinic the best; treat that with care.', 'calling things the best, mentioned'],
    ['The only thing we can promise is an honest account of the risks.', 'a promise limited to what follows'],
    ['It is no secret that knee replacement has the strongest evidence for severe arthritis.', '"no secret" about other care'],
    // Round 17.
    ['Anyone who tells you an injection means you will never need surgery is selling something.', 'what anyone tells you, rebutted'],
    ['To date, the MHRA has licensed no stem cell product for knee pain.', 'an approval denied after the verb'],
    ['Ready for your appointment? Bring your scans.', 'an ordinary question'],
    // Round 16.
    ['Be careful of providers describing themselves as the best in Britain.', 'a self-description warned against'],
    ['Your GP may suggest physiotherapy, which NICE says helps many people with knee arthritis.', 'what NICE says of other care'],
    ['The only approved cell product in the US treats a blood disorder, not any joint condition.', 'an approval said not to be for joints, without "for"'],
    ['Your own surgeon will tell you whether to keep your hospital appointment.', 'the appointment left to the surgeon'],
    ['How did the morning go?', 'an ordinary question'],
    // Round 15.
    ['Beware of any clinic that promises you will never need a new hip.', 'a promise warned against'],
    ['Whether to stop your physio is a decision for your physiotherapist.', 'the decision left to the clinician'],
    ['What is best for your knee depends on your scans.', 'best for you, asked about'],
    ['Our nurses do the paperwork right first time.', 'getting paperwork right ranks nothing'],
    // Round 14.
    ['The thing to know before you book: no clinic, ours among them, can guarantee you\'ll avoid an operation.', 'a negated promise after a lead-in and a colon, "that" left out'],
    ['Cancel your appointment? Call us at least a day before.', 'cancelling our own appointment'],
    ['Some review websites crown a clinic the best in Spain, but nobody audits those lists.', 'a ranking that sites hand out, reported'],
    ['Turn left at entrance number one of the car park.', 'a door counted first'],
    ['Come and catch up with us at the open evening.', 'catching up with us socially'],
    ['If there was a prize for paperwork, the NHS would win it.', 'an imagined award for someone else'],
    ['Compared with a year ago, the clinic now has a lift.', 'a comparison with the past, not the field'],
    ['Our leading concern on the day is that you feel able to ask questions.', 'a leading concern ranks nothing'],
    ['We would rather be honest with you than quote the most impressive numbers.', 'the superlative is what we turn down'],
    ['Your follow-up appointment can be postponed if you are unwell on the day.', 'an appointment moved, not put off for ever'],
    ['Your physiotherapist sets the exercises, and the injection is no substitute for them.', 'the stand-in denied'],
    ['The top ten per cent of scores in the trial came from the youngest patients [@lee2019].', 'a percentile of scores, cited, not of clinics'],
    ['Cleaning products from the chemist are not found elsewhere in the building.', 'a plain statement of place, not a comparison'],
    ['An injection is not a substitute for physiotherapy.', 'the replacement denied'],
    ['A knee replacement for severe arthritis is a well-tested operation.', 'the operation by name, not care replaced'],
    ['No injection, ours included, has been shown to regrow cartilage.', 'negated across an aside'],
    ['In one comparison study, PRP and fat injections eased knee pain to a similar degree [@kaszynski2022].', 'cited, with an evidence-certainty hedge'],
    ['Your GP\'s advice? Follow it, and you will not need us.', 'the answer drops us, not the care'],
    ['The best shoes for the day of the procedure are flat ones.', 'everyday advice about what to wear'],
    ['Ask us what evidence supports the treatment for your knee.', 'the evidence behind a treatment, not its effect'],
    ['Our physio won a gold medal at the 2012 Paralympics.', 'a real medal, for a person, not for care'],
    ['Our nurse, a former Olympic rower, had her own knee replaced by a surgeon.', 'a member of staff treated elsewhere'],
    ['Such cells can be given only under a licence or in an authorised trial.', 'a regulatory fact about licences'],
    ['Be wary of any clinic that calls itself "the best": no one ranks these clinics.', 'a wording mentioned, not used'],
    ['Our best advice is to ask every clinic what the evidence says.', 'best advice, not a ranking'],
    ['If you want the finest care, ask every clinic for its evidence.', 'a conditional not answered by us'],
    ['You will not need to stop your usual tablets before the injection.', 'care kept'],
    ['Your physio may refer you to our clinic if your tendon is slow to heal.', 'a referral, not an endorsement'],
    ['You may read that cells make surgery unnecessary; the evidence does not support that.', 'a claim the reader may read elsewhere, rebutted'],
    ['The first two days tend to be the sorest, so plan a quiet week.', 'a symptom at its worst, not a ranking'],
    ['Rule number one after the injection: keep the plaster on for a day.', 'a rule counted first, not a ranking'],
    ['Your number one priority in the first week is rest.', 'a priority counted first'],
    ['Keeping active may help the small cut heal.', 'a wound healing, not the treatment\'s effect'],
    ['The FDA approved one cell product in 2024, for a complication of transplants, not for any joint condition.', 'an approval said not to be for joints'],
    ['What makes us different is that we show you the evidence first.', 'a question form that ranks nothing'],
    ['Our surgeon may refer you for a superior labrum scan.', 'anatomy, not praise'],
    ['While other clinics are still deciding, your GP can refer you to NHS physiotherapy.', 'the field named, nothing ranked'],
    ['No one can yet say which treatment works best for hip arthritis.', 'a superlative inside what nobody can say'],
    ['You may no longer need a walking stick after a week or so.', 'a walking aid, not care'],
    ['In the days leading up to your injection, keep taking your usual tablets.', 'leading up to, not leading'],
    ['Do not book a flight for the day after the procedure.', 'an instruction that names no care'],
    ['No clinic, ours included, can promise that an injection will keep you away from the operating table.', 'a promise negated, with an aside'],
    ['Avoid anti-inflammatory tablets for a week before the injection.', 'a pause around the procedure'],
    ['Your physiotherapist will tell you when the exercises can stop.', 'the clinician decides'],
    ['If joint pain is stopping you sleeping, see your GP.', 'pain stopping you, not care stopped'],
    ['The oldest hospital in the country is in London.', 'a neutral superlative of age'],
    ['According to the FDA, no cell product has yet been approved for any joint condition.', '"yet" inside one clause, the negation still in it'],
    ['None of the injections on this page has been shown to regrow cartilage.', 'a negated finding over a long subject'],
    ['It is sometimes said that injections rebuild cartilage, but trials have not shown this.', 'reported with "it is said that", not endorsed'],
    ['Our lead nurse is leading a review of how we follow patients up.', 'leading as a verb'],
    ['Quotes like "the best clinic in Britain" are claims the ASA has ruled against.', 'a wording quoted after "quotes like", running past the words matched'],
  ])('%s stays quiet (%s)', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('names the rule source in the message', () => {
    expect(analyseSentence('Book now for the spring offer.').claims[0].message).toMatch(/"Book now" .*\(GMC guidance/);
  });
});

describe('docs/content-rules.md', () => {
  it('has the rule tables generated from lib/compliance/rules.ts (npm run docs:rules)', () => {
    const doc = fs.readFileSync(path.join(REPO, 'docs/content-rules.md'), 'utf8');
    expect(doc).toContain(`${RULES_START}\n${rulesMarkdown()}\n${RULES_END}`);
  });
});
