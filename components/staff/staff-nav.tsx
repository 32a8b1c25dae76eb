/** The staff area's own navigation and sign-out button (a plain form post). */
import { Button } from '@/components/forms/button';
import { Link } from '@/components/ui/link';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';

const links = [
  { href: '/staff', label: 'Inbox' },
  { href: '/staff/outbox', label: 'Outbox' },
  { href: '/staff/purge', label: 'Retention purge' },
  { href: '/staff/password', label: 'Change password' },
];

export function StaffNav({ email, current }: { email: string; current: string }) {
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b-2 border-ink pb-4">
      <nav aria-label="Staff area">
        <ul className="flex flex-wrap gap-6">
          {links.map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                prefetch={false}
                aria-current={current === l.href ? 'page' : undefined}
                className={`text-lg text-brand-700 underline-offset-2 hover:text-ink ${current === l.href ? 'font-bold underline' : 'underline'}`}
              >
                {l.label}
              </Link>
            </li>
          ))}
          {editorEnabled(process.env) ? (
            <li>
              {/* A full page load, not <Link>: the editor's Content-Security-Policy (next.config.mjs)
                  differs from the staff pages', and a client-side navigation would keep this page's. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/keystatic" className="text-lg text-brand-700 underline underline-offset-2 hover:text-ink">
                Edit articles
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      <form method="post" action="/staff/sign-out" className="flex items-center gap-3">
        <span className="text-muted">Signed in as {email}</span>
        <Button variant="secondary" size="sm">
          Sign out
        </Button>
      </form>
    </div>
  );
}
