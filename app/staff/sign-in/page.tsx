import type { Metadata } from 'next';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice } from '@/components/forms/notice';
import { TextInput } from '@/components/forms/text-input';
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
      <ErrorSummary errors={error ? [{ field: 'email', text: error }] : []} />
      <Notice text={sp['signed-out'] === '1' ? 'You have signed out.' : undefined} />
      <form method="post" action="/staff/sign-in/submit" noValidate>
        {next !== DEFAULT_RETURN_PATH ? <input type="hidden" name="next" value={next} /> : null}
        <TextInput name="email" label="Email address" error={error} type="email" autoComplete="username" spellCheck={false} required width="w-full max-w-md" />
        <TextInput
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          width="w-full max-w-md"
          groupClassName="mb-8"
        />
        <Button>Sign in</Button>
      </form>
    </div>
  );
}
