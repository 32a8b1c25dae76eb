/**
 * The clinician profiles in content/authors/, read straight from their files: who exists, their name,
 * and whether the profile carries a professional registration (body and number), which is what lets
 * a clinician review medical pages. The content check and the medical review both read them here, so
 * they never disagree about who is registered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

export type AuthorFile = { slug: string; file: string; name?: string; registered: boolean };

export function readAuthorFiles(dir: string): Map<string, AuthorFile> {
  const authors = new Map<string, AuthorFile>();
  if (!fs.existsSync(dir)) return authors;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const file = path.join(dir, name);
    const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
    const data = fm ? (parseDocument(fm[1]).toJS() as Record<string, unknown> | null) : null;
    const registration = data?.registration as { body?: unknown; number?: unknown } | undefined;
    const slug = name.replace(/\.mdx$/, '');
    authors.set(slug, {
      slug,
      file,
      name: typeof data?.name === 'string' ? data.name : undefined,
      registered: Boolean(registration && typeof registration === 'object' && registration.body && registration.number),
    });
  }
  return authors;
}
