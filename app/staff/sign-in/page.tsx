import type { Metadata } from 'next';
import { ErrorSummary, FieldError, Notice } from '@/components/staff/error-summary';
import { button, input, label } from '@/components/staff/staff-nav';
import { GENERIC_SIGNIN_ERROR } from '@/lib/staff/signin';
import { DEFAULT_RETURN_PATH, safeReturnPath } from '@/lib/staff/return-path';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

const messages: Record<string, string> = {
  invalid: GENERIC_SIGNIN_ERROR,
  missing: 'Enter your email address and password',
  'rate-limited': 'Too many sign-in attempts from this connection. Wait a few minutes and try again.',
  unavailable: 'The staff area is unavailable. Try again in a few minutes.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const code = typeof sp.error === 'string' ? sp.error : '';
  const error = messages[code];
  // Where to go after signing in (`?next=/keystatic` from the editor); checked again on submit.
  const next = safeReturnPath(sp.next);
  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold text-ink">Sign in to the staff area</h1>
      {error ? <ErrorSummary errors={[{ href: '#email', text: error }]} /> : null}
      <Notice text={sp['signed-out'] === '1' ? 'You have signed out.' : undefined} />
      <form method="post" action="/staff/sign-in/submit" noValidate>
        {next !== DEFAULT_RETURN_PATH ? <input type="hidden" name="next" value={next} /> : null}
        <div className={`mb-6 ${error ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
          <label htmlFor="email" className={label}>
            Email address
          </label>
          <FieldError id="email-error" text={error} />
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            required
            aria-describedby={error ? 'email-error' : undefined}
            className={`${input} w-full max-w-md`}
          />
        </div>
        <div className="mb-8">
          <label htmlFor="password" className={label}>
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className={`${input} w-full max-w-md`} />
        </div>
        <button type="submit" className={button}>
          Sign in
        </button>
      </form>
    </div>
  );
}
