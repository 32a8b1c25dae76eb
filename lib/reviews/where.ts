/**
 * Where approvals can be written. Like the editor's saves: to this working copy in local mode
 * while the editor runs (`next dev`), whose author commits them with the content. A deployed
 * server's files are not rebuilt, so an approval there would be lost (as a local-mode save is).
 */
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { editorStorage } from '@/lib/publishing/storage';

export type ReviewWriting = { ok: true } | { ok: false; reason: string };

export function reviewWriting(env: Record<string, string | undefined>): ReviewWriting {
  if (!editorEnabled(env)) return { ok: false, reason: 'Reviews are recorded where the content editor runs: on a staff machine with `npm run dev`.' };
  if (editorStorage(env).kind === 'github') {
    return { ok: false, reason: 'Approving in GitHub mode is not available yet: approve from a working copy with `npm run dev`, then commit the record.' };
  }
  return { ok: true };
}
