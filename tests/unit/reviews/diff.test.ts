import { describe, expect, it } from 'vitest';
import { pageDiff, readableParagraphs } from '@/lib/reviews/diff';

const page = (body: string, title = 'Knee pain explained') =>
  `---\ntitle: ${title}\ndescription: A page about knee pain.\nsummary:\n  - First point.\n  - Second point.\n---\n${body}`;

describe('readableParagraphs', () => {
  it('gives the words a reader reads, without MDX noise', () => {
    const text = readableParagraphs(page('## What helps\n\nExercise **helps** many people [@smith2020].\n\n{/* a note for editors */}\n\n<Figure src="/images/a.svg" alt="A knee joint drawn from the side" caption="The knee." />\n\n- Walk daily\n'));
    expect(text.slice(0, 4)).toEqual(['Title: Knee pain explained', 'Description: A page about knee pain.', 'Key point: First point.', 'Key point: Second point.']);
    expect(text).toContain('## What helps');
    expect(text.join('\n')).toContain('Exercise helps many people');
    expect(text.join('\n')).not.toMatch(/\*\*|a note for editors|src=/);
    expect(text).toContain('• Walk daily');
  });
});

describe('pageDiff', () => {
  it('marks words changed inside a paragraph, and whole paragraphs added or removed', () => {
    const before = page('Exercise helps many people.\n\nOld paragraph to go.\n');
    const after = page('Exercise helps most people.\n\nA new paragraph on PRP.\n\nAnother new one.\n');
    const diff = pageDiff(before, after);
    expect(diff.changed).toBe(2);
    expect(diff.added).toBe(1);
    const changed = diff.blocks.find((b) => b.kind === 'changed')!;
    expect(changed.kind === 'changed' && changed.parts.filter((p) => p.change !== 'same').map((p) => `${p.change}:${p.text}`)).toEqual(['removed:many', 'added:most']);
  });

  it('shows a never-approved page as all new, and an unchanged one as no change', () => {
    expect(pageDiff(null, page('Text.')).removed).toBe(0);
    expect(pageDiff(null, page('Text.')).added).toBeGreaterThan(3);
    const same = pageDiff(page('Text.'), page('Text.'));
    expect(same.added + same.removed + same.changed).toBe(0);
  });

  it('does not count re-wrapped lines as a change', () => {
    const d = pageDiff(page('Exercise helps\nmany people.'), page('Exercise helps many\npeople.'));
    expect(d.added + d.removed + d.changed).toBe(0);
  });
});

describe('which pages an editor save touches', () => {
  it('reads the paths of a Keystatic local-mode save, and nothing from anything else', async () => {
    const { pathsInEditorSave } = await import('@/lib/reviews/workflow');
    expect(pathsInEditorSave({ additions: [{ path: 'content/articles/knee.mdx', contents: 'eA==' }], deletions: [{ path: 'content/treatments/bmac.mdx' }] })).toEqual([
      'content/articles/knee.mdx',
      'content/treatments/bmac.mdx',
    ]);
    expect(pathsInEditorSave(null)).toEqual([]);
    expect(pathsInEditorSave({ additions: 'x', deletions: [{ path: 3 }] })).toEqual([]);
  });
});
