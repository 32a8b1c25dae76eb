/**
 * Where approvals are read and written, like the editor's saves. Local mode: this working copy
 * while the editor runs (`next dev`), whose author commits the record with the content; a
 * deployed server's files are not rebuilt, so an approval there would be lost (as a local-mode
 * save is). GitHub mode: a commit to the repository made with the staff member's own editor
 * sign-in, so it needs that sign-in first.
 */
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { editorStorage } from '@/lib/publishing/storage';
import { contentRoot } from './files';
import { DEFAULT_GITHUB_API_URL, githubReviewStore } from './github-store';
import { localReviewStore, STORE_FAILURE_MESSAGES, type ReviewStore } from './store';

/** The editor's GitHub sign-in keeps the user's access token in this cookie on our origin (Keystatic's name). */
export const EDITOR_GITHUB_TOKEN_COOKIE = 'keystatic-gh-access-token';

export type ReviewWriting = { ok: true; store: ReviewStore } | { ok: false; reason: string; signIn?: boolean };

/**
 * Which branch a GitHub-mode review reads and commits to. Empty: REVIEWS_GITHUB_BRANCH, else the
 * repository's default branch (where the editor opens). Otherwise one of the editor's own branches
 * (named with its prefix), so that an approval can join the change's pull request when the default
 * branch only takes pull requests. Anything else is refused: the form field is user input.
 */
export function reviewBranch(requested: string | undefined, opts: { configured?: string; prefix: string }): { ok: true; branch: string | null } | { ok: false } {
  const name = (requested ?? '').trim();
  if (name === '' || name === opts.configured) return { ok: true, branch: opts.configured || null };
  const safe = /^[A-Za-z0-9._/-]{1,200}$/.test(name) && !name.includes('..') && !name.includes('//') && !name.endsWith('/') && !name.endsWith('.lock');
  return safe && name.startsWith(opts.prefix) && name.length > opts.prefix.length ? { ok: true, branch: name } : { ok: false };
}

/**
 * `githubToken`: the editor's cookie, read by the caller from its request; `branch`: the review
 * screen's branch field. Both modes read the same files; only GitHub mode needs the token and
 * looks at GITHUB_API_URL and the branch.
 */
export function reviewWriting(env: Record<string, string | undefined>, githubToken?: string, branch?: string): ReviewWriting {
  if (!editorEnabled(env)) return { ok: false, reason: 'Reviews are recorded where the content editor runs: on a staff machine with `npm run dev`.' };
  const storage = editorStorage(env);
  if (storage.kind === 'local') return { ok: true, store: localReviewStore(contentRoot()) };
  if (!githubToken) return { ok: false, reason: STORE_FAILURE_MESSAGES['sign-in'], signIn: true };
  const prefix = storage.branchPrefix ?? 'content/';
  const chosen = reviewBranch(branch, { configured: env.REVIEWS_GITHUB_BRANCH, prefix });
  if (!chosen.ok) return { ok: false, reason: `Choose the default branch (leave the branch empty) or one of the editor’s branches, whose names start with ${prefix}` };
  return {
    ok: true,
    store: githubReviewStore({ apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL, repo: storage.repo, branch: chosen.branch, token: githubToken }),
  };
}
