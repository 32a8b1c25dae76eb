/**
 * The two adapters that let the web editor open our existing files without losing anything:
 * MDX comments (guidance and content-check directives) and images outside Keystatic's own folders.
 */
import { describe, expect, it } from 'vitest';
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
