import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAuthorFiles } from '@/lib/content/author-files';
import { readAuthors, registeredAuthorIds } from '@/lib/reviews/files';
import { loadContext } from '@/lib/compliance/context';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'author-files-'));
const dir = path.join(root, 'authors');
fs.mkdirSync(dir);
const profile = (slug: string, frontMatter: string) => fs.writeFileSync(path.join(dir, `${slug}.mdx`), `---\n${frontMatter}\n---\n\nBio.\n`);
profile('ada-reg', "name: 'Ada Registered'\nregistration:\n  body: GMC\n  number: '1234567'");
profile('bo-half', 'name: Bo Half\nregistration:\n  body: GMC');
profile('cy-none', 'name: Cy Writer');
profile('dee-noname', 'registration:\n  body: HCPC\n  number: PA12345');
fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a profile');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('clinician profiles, read once for the check and the review', () => {
  it('counts a profile as registered only with both a body and a number', () => {
    const authors = readAuthorFiles(dir);
    expect([...authors.keys()]).toEqual(['ada-reg', 'bo-half', 'cy-none', 'dee-noname']);
    expect([...authors.values()].map((a) => a.registered)).toEqual([true, false, false, true]);
    expect(authors.get('ada-reg')).toMatchObject({ name: 'Ada Registered', file: path.join(dir, 'ada-reg.mdx') });
  });

  it('the review and the content check agree on who may review', () => {
    const review = registeredAuthorIds(readAuthors(root));
    const { authors } = loadContext({ root, authorsDir: dir, bibliographyFile: path.join(root, 'none.bib') });
    const check = new Set([...authors].filter(([, a]) => a.registered).map(([slug]) => slug));
    expect(review).toEqual(new Set(['ada-reg', 'dee-noname']));
    expect(check).toEqual(review);
  });

  it('the review falls back to the file name when a profile has no name', () => {
    expect(readAuthors(root).get('dee-noname')?.name).toBe('dee-noname');
  });

  it('an absent folder is no authors, not an error', () => {
    expect(readAuthorFiles(path.join(root, 'missing')).size).toBe(0);
  });
});
