import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';
import { editorEnabled } from '@/lib/publishing/storage';
import { signedInStaff } from '@/lib/staff/session';

// Staff pages are never indexed (and next.config.mjs sends X-Robots-Tag and no-store for /staff).
export const metadata: Metadata = {
  title: { default: 'Staff area', template: '%s | Staff area' },
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
};

/**
 * The web editor, for signed-in staff where it runs (lib/publishing/storage.ts). Shown only to
 * staff who are signed in and have chosen their own password; /keystatic checks the session itself
 * either way. A plain link, not next/link: the editor must load as a new document, because its
 * Content-Security-Policy (next.config.mjs) differs from the staff pages' and a client-side
 * navigation would keep the staff page's policy.
 */
async function EditorLink() {
  if (!editorEnabled(process.env)) return null;
  // A link is not worth failing the page for (the sign-in page reports an unavailable database itself).
  const user = await signedInStaff().catch(() => null);
  if (!user || user.mustChangePassword) return null;
  return (
    <p className="mb-4 text-right">
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load, see above */}
      <a href="/keystatic" className="text-lg text-brand-700 underline underline-offset-2 hover:text-ink">
        Edit articles
      </a>
    </p>
  );
}

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <Container className="py-10">
      <EditorLink />
      {children}
    </Container>
  );
}
