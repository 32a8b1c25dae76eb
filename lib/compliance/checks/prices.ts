/**
 * price-source (CAP 3.17–3.22): amounts of money written in copy. Prices come from
 * lib/site-config.ts through <Price item="…" /> or a treatment's priceKey, so they agree
 * everywhere. "Free consultation" is a price statement too, and the config charges for one.
 */
import { siteConfig, type PriceEntry } from '../../site-config';
import type { ParsedPage } from '../parse';
import type { RawFinding } from '../types';
import { findAll, isDisarmed } from '../language';

const AMOUNT = String.raw`\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|m|thousand|million))?`;
const CURRENCY_CODES = '(?:GBP|USD|EUR|AUD|CAD|CHF)';

export const PRICE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`[£$€]\s?${AMOUNT}`, 'i'),
  new RegExp(String.raw`\b${CURRENCY_CODES}\s?${AMOUNT}`),
  new RegExp(String.raw`\b${AMOUNT}\s?(?:${CURRENCY_CODES}|pounds?|quid|dollars?|euros?)\b`),
  /\bfree (?:consultations?|assessments?|initial (?:consultations?|appointments?|assessments?))\b/i,
];

const isCharged = (entry: PriceEntry) => entry.kind !== 'not-offered';
const consultationIsCharged = isCharged(siteConfig.prices.consultation);

export function checkPrices(page: ParsedPage): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const sentence of page.sentences) {
    for (const m of findAll(sentence.text, PRICE_PATTERNS)) {
      const free = /^free/i.test(m.match);
      if (free && (!consultationIsCharged || isDisarmed(sentence.text, m.index, m.end))) continue;
      // "Losing 10 pounds" is body weight, which patients with knee arthritis are often advised about.
      if (/pounds?$/i.test(m.match) && /\b(?:weigh\w*|lose|losing|lost|body)\b/i.test(sentence.text)) continue;
      findings.push({
        ruleId: 'price-source',
        message: free
          ? `"${m.match}" contradicts the consultation price in the site config`
          : `"${m.match}" is a price written in copy, not taken from the site config`,
        ...sentence.unit.prose.positionOf(sentence.start + m.index),
      });
    }
  }
  return findings;
}
