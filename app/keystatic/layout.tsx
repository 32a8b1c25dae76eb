import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import fs from 'node:fs';
import path from 'node:path';
import { editorEnabled } from '@/lib/publishing/storage';
import { referenceOptions } from '@/lib/publishing/reference-options';
import KeystaticApp from './keystatic';

export const metadata: Metadata = {
  title: 'Content editor',
  robots: { index: false, follow: false },
};

/**
 * The staff editor, development only (see lib/publishing/storage.ts and docs/publishing.md).
 * In a production build this layout answers 404 before the client app is rendered, so none of
 * its JavaScript is sent.
 */
export default function KeystaticLayout() {
  if (!editorEnabled(process.env)) notFound();
  // Read on every request in dev, so a reference added to the .bib file is offered straight away.
  const references = referenceOptions(fs.readFileSync(path.join(process.cwd(), 'content', 'references.bib'), 'utf8'));
  return (
    // Covers the site's header and footer: the editor is a full-screen app.
    <div className="fixed inset-0 overflow-auto bg-white">
      <KeystaticApp references={references} />
    </div>
  );
}
