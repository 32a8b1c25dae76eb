import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import fs from 'node:fs';
import path from 'node:path';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { referenceOptions } from '@/lib/publishing/reference-options';
import { requireStaff } from '@/lib/staff/session';
import KeystaticApp from './keystatic';

export const metadata: Metadata = {
  title: 'Content editor',
  robots: { index: false, follow: false },
};

// The staff gate reads the session cookie on every request; a dynamic page is also sent no-store.
export const dynamic = 'force-dynamic';

/**
 * The staff editor (see lib/publishing/storage.ts and docs/publishing.md). Where the editor is off
 * (a production build in local mode) this layout answers 404; elsewhere only signed-in staff get
 * past it: anyone else is sent to the sign-in page, which brings them back here. Either way it
 * happens before the client app is rendered, so none of its JavaScript is sent.
 */
export default async function KeystaticLayout() {
  if (!editorEnabled(process.env)) notFound();
  await requireStaff({ returnTo: '/keystatic' });
  // Read on every request, so a reference added to the .bib file is offered straight away.
  const references = referenceOptions(fs.readFileSync(path.join(process.cwd(), 'content', 'references.bib'), 'utf8'));
  return (
    // Covers the site's header and footer: the editor is a full-screen app.
    <div className="fixed inset-0 overflow-auto bg-white">
      <KeystaticApp references={references} />
    </div>
  );
}
