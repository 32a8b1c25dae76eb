import type { Metadata } from 'next';
import { requireStaff } from '@/lib/staff/session';
import { MIN_PASSWORD_LENGTH } from '@/lib/staff/password';
import { StaffNav, button, input, label } from '@/components/staff/staff-nav';
import { ErrorSummary, FieldError, Notice } from '@/components/staff/error-summary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change your password' };

const errors: Record<string, { field: string; text: string }> = {
  'current-wrong': { field: 'current', text: 'Your current password is not right' },
  'too-short': { field: 'next', text: `Your new password must be at least ${MIN_PASSWORD_LENGTH} characters` },
  mismatch: { field: 'confirm', text: 'The two new passwords do not match' },
  same: { field: 'next', text: 'Choose a new password that is different from the current one' },
};

export default async function PasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user } = await requireStaff({ passwordChange: true });
  const sp = await searchParams;
  const error = typeof sp.error === 'string' ? errors[sp.error] : undefined;
  const fieldError = (f: string) => (error?.field === f ? error.text : undefined);
  const fields = [
    { id: 'current', text: 'Current password', autoComplete: 'current-password' },
    { id: 'next', text: 'New password', autoComplete: 'new-password', hint: `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.` },
    { id: 'confirm', text: 'New password again', autoComplete: 'new-password' },
  ];
  return (
    <>
      <StaffNav email={user.email} current="/staff/password" />
      <ErrorSummary errors={error ? [{ href: `#${error.field}`, text: error.text }] : []} />
      <Notice text={user.mustChangePassword ? 'You signed in with a one-time password. Choose your own password to continue.' : undefined} />
      <h1 className="mb-6 text-3xl font-bold text-ink">Change your password</h1>
      <form method="post" action="/staff/password/submit" className="max-w-xl" noValidate>
        {fields.map((f) => {
          const e = fieldError(f.id);
          const describedBy = [f.hint ? `${f.id}-hint` : '', e ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;
          return (
            <div key={f.id} className={`mb-6 ${e ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
              <label htmlFor={f.id} className={label}>
                {f.text}
              </label>
              {f.hint ? (
                <p id={`${f.id}-hint`} className="mt-1 text-muted">
                  {f.hint}
                </p>
              ) : null}
              <FieldError id={`${f.id}-error`} text={e} />
              <input id={f.id} name={f.id} type="password" autoComplete={f.autoComplete} required aria-describedby={describedBy} className={`${input} w-full max-w-md`} />
            </div>
          );
        })}
        <button type="submit" className={button}>
          Change password
        </button>
      </form>
    </>
  );
}
