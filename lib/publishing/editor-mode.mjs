/**
 * Whether the web editor exists: /keystatic and /api/keystatic (otherwise both answer 404), and the
 * editor's own Content-Security-Policy in next.config.mjs. Plain JavaScript so that next.config.mjs,
 * which Node loads without TypeScript, and the app share this one rule. Where the editor exists,
 * only signed-in staff reach it (app/keystatic/layout.tsx, app/api/keystatic).
 *
 * - development, local storage: the editor writes the files of the working copy it runs in.
 * - GitHub storage (NEXT_PUBLIC_KEYSTATIC_STORAGE=github), in any mode: saves are commits to a
 *   branch, so a deployed server can run it (behind the staff sign-in and Keystatic's own GitHub login).
 * - production, local storage: off. A deployed server's files are not rebuilt, so a save there
 *   would change nothing on the site and be lost with the next deploy.
 */

/** @param {Record<string, string | undefined>} env */
export function githubStorage(env) {
  return env.NEXT_PUBLIC_KEYSTATIC_STORAGE === 'github';
}

/** @param {Record<string, string | undefined>} env */
export function editorEnabled(env) {
  return env.NODE_ENV === 'development' || githubStorage(env);
}
