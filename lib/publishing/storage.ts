/**
 * Where the web editor reads and writes content.
 *
 * local (default): the files in this working copy, for `next dev` on a staff member's machine.
 * github: commits to a branch of the repository through a GitHub App, which is how a deployed
 * clinic would publish (see docs/publishing.md). Chosen by NEXT_PUBLIC_ variables because the
 * editor's configuration also runs in the browser.
 */
import { githubStorage } from './editor-mode.mjs';

export type EditorStorage = { kind: 'local' } | { kind: 'github'; repo: `${string}/${string}`; branchPrefix?: string };

export function editorStorage(env: Record<string, string | undefined>): EditorStorage {
  if (!githubStorage(env)) return { kind: 'local' };
  const repo = env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(
      'NEXT_PUBLIC_KEYSTATIC_STORAGE=github needs NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name (see docs/publishing.md)',
    );
  }
  return { kind: 'github', repo: repo as `${string}/${string}`, branchPrefix: env.NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX || 'content/' };
}

/**
 * The storage the editor's configuration uses, in the server and in the browser alike. Each variable
 * is named in full because Next inlines NEXT_PUBLIC_ variables into the browser bundle only where
 * the code spells them out.
 */
export function configuredStorage(): EditorStorage {
  return editorStorage({
    NEXT_PUBLIC_KEYSTATIC_STORAGE: process.env.NEXT_PUBLIC_KEYSTATIC_STORAGE,
    NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO,
    NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX: process.env.NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX,
  });
}
