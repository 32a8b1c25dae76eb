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
