/**
 * The evidence table and what is rendered from it: the table is complete and cites only real
 * entries; the treatment pages' "Evidence at a glance" box and the decision aid render the same
 * evidence markup from it; and the copy passes the site's own content check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EVIDENCE, OPTION_IDS, evidenceFor, evidenceForTreatment, evidenceTable, studiesByDesign } from '@/lib/content/evidence';
import { decisionAidOptions, CONSULTATION_QUESTIONS } from '@/lib/content/decision-aid';
import { citationOrder, splitCitations } from '@/lib/content/cited-text';
import { findCitationGroups } from '@/lib/content/citations';
import { loadBibliography } from '@/lib/content/bibliography';
import { EvidenceAtAGlance } from '@/components/content/evidence-at-a-glance';
import { evidenceTexts } from '@/components/content/evidence-summary';
import { DecisionAidOptionCard, optionTexts } from '@/components/content/decision-aid-option';
import { checkSource, loadContext } from '@/lib/compliance';

const treatments = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), '.contentlayer', 'generated', 'Treatment', '_index.json'), 'utf8'),
) as { slug: string; draft?: boolean }[];

/** The `<dl data-evidence="…">` block of some markup. */
function evidenceBlock(html: string, option: string): string {
  const start = html.indexOf(`<dl class="evidence-summary space-y-3" data-evidence="${option}">`);
  expect(start, `no evidence block for ${option}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</dl>', start) + '</dl>'.length);
}

describe('the evidence table', () => {
  it('has one valid entry per option, in the decision aid order', () => {
    expect(EVIDENCE.map((e) => e.option)).toEqual([...OPTION_IDS]);
    expect(evidenceTable.safeParse(EVIDENCE).success).toBe(true);
  });

  it('refuses a table with a missing option, a duplicate or an uncited summary', () => {
    const missing = evidenceTable.safeParse(EVIDENCE.slice(1));
    expect(missing.success).toBe(false);
    expect(JSON.stringify(missing.error?.issues)).toContain('option \\"exercise\\" has no evidence entry');
    expect(evidenceTable.safeParse([...EVIDENCE, EVIDENCE[0]]).success).toBe(false);
    const uncited = evidenceTable.safeParse(EVIDENCE.map((e, i) => (i === 0 ? { ...e, summary: 'Exercise helps everyone a lot.' } : e)));
    expect(uncited.success).toBe(false);
    expect(JSON.stringify(uncited.error?.issues)).toContain('must cite its source');
  });

  it('cites only keys that are in content/references.bib', () => {
    const bibliography = loadBibliography();
    const options = decisionAidOptions();
    const keys = citationOrder(options.flatMap((o) => [...optionTexts(o), ...evidenceTexts(o.evidence)]));
    expect(keys.length).toBeGreaterThan(8);
    for (const key of keys) expect(bibliography.has(key), `[@${key}]`).toBe(true);
  });

  it('uses GRADE wording, with the three new trials where BMAC and MFAT evidence is given', () => {
    for (const e of EVIDENCE) expect(['high', 'moderate', 'low', 'very low', 'not rated']).toContain(e.certainty.level);
    expect(evidenceFor('bmac').studies.map((s) => s.key)).toEqual(expect.arrayContaining(['shapiro2017', 'centeno2018']));
    expect(evidenceFor('mfat').largestTrial).toMatchObject({ key: 'zaffagnini2022', participants: 118 });
    expect(studiesByDesign(evidenceFor('mfat')).map((g) => g.design)).toEqual(['Randomised trial', 'Single-group study', 'Case series']);
  });

  it('covers every published treatment page, and every treatment slug in it is a real page', () => {
    const published = treatments.filter((t) => !t.draft).map((t) => t.slug);
    for (const slug of published) expect(evidenceForTreatment(slug), slug).toBeDefined();
    for (const e of EVIDENCE) if (e.treatmentSlug) expect(published).toContain(e.treatmentSlug);
  });

  it('gives each treatment page a booking topic with its article and its proper capitals', () => {
    expect(evidenceForTreatment('adipose-derived-cell-injection')?.consultationTopic).not.toMatch(/^a [aeiou]/i);
    expect(evidenceForTreatment('bmac')?.consultationTopic).toContain('(BMAC)');
    for (const e of EVIDENCE) expect(e.consultationTopic).not.toMatch(/\ba [aeiou]/i);
  });
});

describe('the evidence box and the decision aid render the same evidence from the table', () => {
  for (const option of decisionAidOptions().filter((o) => o.evidence.treatmentSlug)) {
    it(option.option, () => {
      const order = citationOrder([...optionTexts(option), ...evidenceTexts(option.evidence)]);
      const box = renderToStaticMarkup(<EvidenceAtAGlance entry={option.evidence} order={order} />);
      const card = renderToStaticMarkup(<DecisionAidOptionCard option={option} order={order} />);
      const fromBox = evidenceBlock(box, option.option);
      expect(fromBox).toBe(evidenceBlock(card, option.option));
      // …and what they show is the table's.
      const { certainty, largestTrial } = option.evidence;
      if (certainty.level !== 'not rated') expect(fromBox).toContain(`data-certainty="${certainty.level}"`);
      if ('participants' in largestTrial) expect(fromBox).toContain(`${largestTrial.participants} people, compared with`);
      for (const study of option.evidence.studies) expect(fromBox).toContain(`href="#ref-${study.key}"`);
    });
  }

  it('numbers citations in the order given and links each to its reference', () => {
    const order = ['lee2019', 'zaffagnini2022'];
    expect(splitCitations('One trial [@zaffagnini2022; @lee2019] found this.')).toEqual([
      { text: 'One trial' },
      { keys: ['zaffagnini2022', 'lee2019'] },
      { text: ' found this.' },
    ]);
    const html = renderToStaticMarkup(<EvidenceAtAGlance entry={evidenceFor('lab-grown')} order={citationOrder(evidenceTexts(evidenceFor('lab-grown')), order)} />);
    expect(html).toContain('<a href="#ref-lee2019" aria-label="Reference 1"');
    expect(() => renderToStaticMarkup(<EvidenceAtAGlance entry={evidenceFor('lab-grown')} order={[]} />)).toThrow(/missing from this page/);
  });
});

describe('the decision aid copy', () => {
  it('has every section for every option, and consultation questions', () => {
    const options = decisionAidOptions();
    expect(options.map((o) => o.option)).toEqual([...OPTION_IDS]);
    expect(CONSULTATION_QUESTIONS.length).toBeGreaterThanOrEqual(5);
  });

  it('passes the content check like a page (claims, figures cited in the same sentence)', () => {
    const texts = decisionAidOptions().flatMap((o) => [...optionTexts(o), ...evidenceTexts(o.evidence).filter((t) => !/^\[@/.test(t)), ...o.evidence.studies.map((s) => `${s.about} [@${s.key}].`)]);
    for (const t of texts) for (const g of findCitationGroups(t)) expect(g.keys.length).toBeGreaterThan(0);
    const body = texts.filter(Boolean).map((t) => (/[.!?]$/.test(t) || /\]$/.test(t) ? t : `${t}.`)).join('\n\n');
    const source = `---
title: Decision aid copy
description: Every text of the decision aid and the evidence table, checked as one article page would be.
summary:
  - The copy of the decision aid, checked by the content rules.
  - Each figure must cite its source in the same sentence.
publishedAt: 2026-12-02
author: rowan-ashcombe
reviewer: samuel-okonjo-reid
category: evidence
---
${body}
`;
    const root = path.join(process.cwd(), 'content');
    const report = checkSource(source, path.join(root, 'articles', 'decision-aid-copy.mdx'), 'articles/decision-aid-copy.mdx', loadContext({ root, now: new Date('2026-12-02') }));
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}: ${f.ruleId} ${f.message}`);
    expect(errors).toEqual([]);
  });
});
