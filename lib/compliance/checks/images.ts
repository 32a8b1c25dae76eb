/** alt-text (WCAG 2.2 SC 1.1.1): markdown images, <Figure>/<img> alt, heroAlt and photoAlt. */
import type { ParsedPage } from '../parse';
import type { RawFinding } from '../types';

const FILE_NAME = /^[^\s]+\.(?:jpe?g|png|gif|svg|webp|avif|heic|tiff?|bmp)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|pxl|screenshot|image|photo)[\s_-]*\d+/i;
const PLACEHOLDER = /^(?:an?\s+)?(?:image|img|photo|photograph|picture|pic|graphic|figure|icon|illustration|placeholder|untitled|alt|alt text|logo|banner|hero)\s*\d*\.?$/i;
const REDUNDANT_PREFIX = /^(?:an?\s+|the\s+)?(?:image|photo|photograph|picture|graphic|illustration)\s+(?:of|showing)\b/i;
const AUTO_GENERATED = /description automatically generated|automatically generated|generated description/i;
const MIN_LENGTH = 10;

/** Why an alt text is not meaningful, or null when it is. */
export function altTextProblem(alt: string | null): string | null {
  if (alt === null) return 'has no alt attribute';
  const text = alt.trim();
  if (!text) return 'has empty alt text';
  if (AUTO_GENERATED.test(text)) return `has auto-generated alt text ("${text}")`;
  if (FILE_NAME.test(text) || CAMERA_NAME.test(text)) return `has a file name as alt text ("${text}")`;
  if (PLACEHOLDER.test(text)) return `has placeholder alt text ("${text}")`;
  if (REDUNDANT_PREFIX.test(text)) return `alt text starts with "${REDUNDANT_PREFIX.exec(text)![0]}": screen readers already say it is an image`;
  if (text.length < MIN_LENGTH) return `alt text "${text}" is too short to describe the image`;
  return null;
}

export function checkImages(page: ParsedPage): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const image of page.images) {
    const problem = altTextProblem(image.alt);
    // Empty or short heroAlt/photoAlt is already a frontmatter-schema error on the same line.
    const schemaCovers = (image.where === 'heroAlt' || image.where === 'photoAlt') && (image.alt ?? '').trim().length < MIN_LENGTH;
    if (schemaCovers) continue;
    if (problem) findings.push({ ruleId: 'alt-text', message: `${image.where} ${problem}`, ...image.position });
  }
  return findings;
}
