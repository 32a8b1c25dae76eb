/**
 * Where the web editor reads and writes content.
 *
 * local (default): the files in this working copy, for `next dev` on a staff member's machine.
 * github: commits to a branch of the repository through a GitHub App, which is how a deployed
 * clinic would publish (see docs/publishing.md). Chosen by NEXT_PUBLIC_ variables because the
 * editor's configuration also runs in the browser.
 */
export type EditorStorage = { kind: 'local' } | { kind: 'github'; repo: `${string}/${string}`; branchPrefix?: string };

export function editorStorage(env: Record<string, string | undefined>): EditorStorage {
  if (env.NEXT_PUBLIC_KEYSTATIC_STORAGE !== 'github') return { kind: 'local' };
  const repo = env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(
      'NEXT_PUBLIC_KEYSTATIC_STORAGE=github needs NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name (see docs/publishing.md)',
    );
  }
  return { kind: 'github', repo: repo as `${string}/${string}`, branchPrefix: env.NEXT_PUBLIC_KEYSTATIC_BRANCH_PREFIX || 'content/' };
}

/**
 * Whether /keystatic and /api/keystatic exist at all (otherwise both answer 404). Where they
 * exist, only signed-in staff reach them (app/keystatic/layout.tsx, app/api/keystatic: the staff
 * session from lib/staff/session.ts, in every mode).
 *
 * - development, local storage: the editor writes the files of the working copy it runs in.
 * - GitHub storage (NEXT_PUBLIC_KEYSTATIC_STORAGE=github), in any mode: saves are commits to a
 *   branch, so a deployed server can run it (behind the staff sign-in and Keystatic's own GitHub login).
 * - production, local storage: off. A deployed server's files are not rebuilt, so a save there
 *   would change nothing on the site and be lost with the next deploy.
 */
export function editorEnabled(env: Record<string, string | undefined>): boolean {
  return env.NODE_ENV === 'development' || env.NEXT_PUBLIC_KEYSTATIC_STORAGE === 'github';
}
