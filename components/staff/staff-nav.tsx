/** The staff area's own navigation and sign-out button (a plain form post). */
import { Button } from '@/components/forms/button';
import { Link } from '@/components/ui/link';
import { editorEnabled } from '@/lib/publishing/editor-mode.mjs';
import { MANAGERS, ROLE_LABELS, type StaffRole } from '@/lib/staff/roles';

const links: { href: string; label: string; roles?: readonly StaffRole[] }[] = [
  { href: '/staff', label: 'Inbox', roles: MANAGERS },
  { href: '/staff/reviews', label: 'Reviews' },
  { href: '/staff/outbox', label: 'Outbox', roles: MANAGERS },
  { href: '/staff/purge', label: 'Retention purge', roles: MANAGERS },
  { href: '/staff/password', label: 'Change password' },
];

export function StaffNav({ email, role, current }: { email: string; role: StaffRole; current: string }) {
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b-2 border-ink pb-4">
      <nav aria-label="Staff area">
        <ul className="flex flex-wrap gap-6">
          {links.filter((l) => !l.roles || l.roles.includes(role)).map((l) => (
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
        <span className="text-muted">
          Signed in as {email} ({ROLE_LABELS[role].toLowerCase()})
        </span>
        <Button variant="secondary" size="sm">
          Sign out
        </Button>
      </form>
    </div>
  );
}
