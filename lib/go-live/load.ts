/** Reads what the go-live check needs from the repository: the site config and the content front matter. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteConfig } from '../site-config';
import type { GoLiveAuthor, GoLiveInput, GoLivePage } from './check';

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
  return match ? ((parse(match[1]) as Record<string, unknown>) ?? {}) : {};
}

function mdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadGoLiveInput(root = process.cwd()): GoLiveInput {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const authors: GoLiveAuthor[] = mdxFiles(path.join(root, 'content', 'authors')).map((file) => {
    const data = frontMatter(file);
    const registration = data.registration as { body?: unknown; number?: unknown } | undefined;
    return {
      file: rel(file),
      slug: path.basename(file, '.mdx'),
      name: String(data.name ?? path.basename(file, '.mdx')),
      sample: data.sample === true,
      registration: registration ? { body: String(registration.body ?? ''), number: String(registration.number ?? '') } : undefined,
    };
  });
  const pages: GoLivePage[] = ['articles', 'treatments'].flatMap((folder) =>
    mdxFiles(path.join(root, 'content', folder)).map((file) => {
      const data = frontMatter(file);
      return { file: rel(file), author: String(data.author ?? ''), reviewer: String(data.reviewer ?? ''), draft: data.draft === true };
    }),
  );
  return { configFile: 'lib/site-config.ts', config: siteConfig, authors, pages };
}
