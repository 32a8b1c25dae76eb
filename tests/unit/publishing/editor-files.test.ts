/**
 * The adapters that let the web editor open our existing files without losing anything: MDX
 * comments (guidance and content-check directives), images outside Keystatic's own folders, and
 * citations (picked from the bibliography in the editor, plain [@key] in the file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibliographyKeys } from '@/lib/content/bibliography-keys';
import { chipsToCitations, citationsToChips } from '@/lib/publishing/editor-citations';
import { referenceOptions } from '@/lib/publishing/reference-options';
import { commentsToNotes, notesToComments } from '@/lib/publishing/mdx-comments';
import { image, isKept } from '@/lib/publishing/image-field';

describe('MDX comments in the editor', () => {
  const source = [
    'Intro paragraph.',
    '',
    '{/* Say "results vary" & name the risks <plainly>. */}',
    '',
    '{/* content-check-disable-next-line no-hype -- quoting a headline to rebut it */}',
    'A "miracle" headline is wrong.',
    '',
    'Inline {/* stays */} untouched.',
  ].join('\n');

  it('turns stand-alone comments into WriterNote blocks and back, unchanged', () => {
    const forEditor = commentsToNotes(source);
    expect(forEditor).toContain('<WriterNote text="Say &quot;results vary&quot; &amp; name the risks &lt;plainly>." />');
    expect(forEditor).not.toContain('{/* Say');
    expect(forEditor).toContain('Inline {/* stays */} untouched.');
    expect(notesToComments(forEditor)).toBe(source);
  });

  it('reads a note however the editor quotes it, and never lets "*/" end the comment early', () => {
    expect(notesToComments('<WriterNote text={"a \\"quoted\\" note"} />')).toBe('{/* a "quoted" note */}');
    expect(notesToComments('<WriterNote text="a */ b" />')).toBe('{/* a * / b */}');
  });

  it('keeps a multi-line comment as one note', () => {
    const multi = '{/* line one\n   line two */}';
    expect(notesToComments(commentsToNotes(multi))).toBe('{/* line one\n   line two */}');
  });
});

describe('images already in public/', () => {
  const field = image({ label: 'Image', directory: 'public/images/articles', publicPath: '/images/articles/', required: true });

  it('keeps an existing shared image path instead of dropping it on save', () => {
    expect(field.filename('/images/articles/recovery-timeline.svg', { slug: 'a-page', suggestedFilenamePrefix: undefined })).toBeUndefined();
    const value = field.parse('/images/articles/recovery-timeline.svg', { asset: undefined, slug: 'a-page' });
    expect(isKept(value)).toBe(true);
    expect(() => field.validate(value)).not.toThrow();
    expect(field.serialize(value, { slug: 'a-page', suggestedFilenamePrefix: undefined })).toEqual({
      value: '/images/articles/recovery-timeline.svg',
      asset: undefined,
    });
  });

  it('still requires an image when the field is required', () => {
    expect(() => field.validate(null)).toThrow();
  });
});

describe('citations in the editor', () => {
  it('turns [@key] groups (escaped or not) into chips and back into one group', () => {
    const file = 'Pain fell [@lee2019]. Two reviews agree [@perez2024; @malige2024]. Escaped \\[@fan2023] too.';
    const editor = citationsToChips(file);
    expect(editor).toBe(
      'Pain fell <Cite id="lee2019" />. Two reviews agree <Cite id="perez2024" /><Cite id="malige2024" />. Escaped <Cite id="fan2023" /> too.',
    );
    expect(chipsToCitations(editor)).toBe('Pain fell [@lee2019]. Two reviews agree [@perez2024; @malige2024]. Escaped [@fan2023] too.');
  });

  it('leaves code, JSX attributes and comments-as-notes alone', () => {
    const file = ['```', '[@inCode]', '```', 'Use `[@inline]` like this.', '<Figure alt="not [@cited] here" />'].join('\n');
    expect(citationsToChips(file)).toBe(file);
  });

  it('lists every bibliography key with author, year and title for the picker', () => {
    const bib = fs.readFileSync(path.join(process.cwd(), 'content', 'references.bib'), 'utf8');
    const options = referenceOptions(bib);
    expect(options.map((o) => o.key).sort()).toEqual([...bibliographyKeys(bib)].sort());
    expect(options.find((o) => o.key === 'lee2019')!.label).toMatch(/^lee2019 — Lee 2019 — Intra-Articular Injection/);
  });
});
