/** Positions: findings must land on the writer's line and column, wherever the prose sits (sentences: tests/unit/content/pipeline.test.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/compliance/parse';

describe('positions', () => {
  const source = [
    '---',
    'title: x',
    '---',
    '',
    '- First line of the item',
    '  and then stem cells cure arthritis.',
    '',
    '> Quoted: a \\*miracle\\* here.',
    '',
    '| Outcome | Figure |',
    '|---|---|',
    '| Pain | 59% |',
  ].join('\n');
  const page = parsePage(source, path.join('/tmp', 'articles/x.mdx'), 'articles/x.mdx');
  const locate = (needle: string) => {
    for (const unit of page.units) {
      const i = unit.prose.text.indexOf(needle);
      if (i !== -1) return unit.prose.positionOf(i);
    }
    throw new Error(`${needle} not in prose`);
  };

  it('maps text on an indented list continuation line to its real column', () => {
    expect(locate('cure')).toEqual({ line: 6, column: '  and then stem cells '.length + 1 });
  });
  it('maps text after escapes in a block quote', () => {
    expect(locate('miracle')).toEqual({ line: 8, column: '> Quoted: a \\*'.length + 1 });
  });
  it('reads a table row as one unit and maps its cells', () => {
    const row = page.units.find((u) => u.kind === 'table-row' && u.prose.text.includes('59%'))!;
    expect(row.prose.text).toBe('Pain | 59%');
    expect(locate('59%')).toEqual({ line: 12, column: '| Pain | '.length + 1 });
  });
});
