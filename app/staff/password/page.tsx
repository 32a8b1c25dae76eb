import type { Metadata } from 'next';
import { requireStaff } from '@/lib/staff/session';
import { MIN_PASSWORD_LENGTH } from '@/lib/staff/password';
import { StaffNav } from '@/components/staff/staff-nav';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice } from '@/components/forms/notice';
import { TextInput } from '@/components/forms/text-input';

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
  const fields = [
    { name: 'current', label: 'Current password', autoComplete: 'current-password' },
    { name: 'next', label: 'New password', autoComplete: 'new-password', hint: `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.` },
    { name: 'confirm', label: 'New password again', autoComplete: 'new-password' },
  ];
  return (
    <>
      <StaffNav email={user.email} role={user.role} current="/staff/password" />
      <ErrorSummary errors={error ? [error] : []} />
      <Notice text={user.mustChangePassword ? 'You signed in with a one-time password. Choose your own password to continue.' : undefined} />
      <h1 className="mb-6 text-3xl font-bold text-ink">Change your password</h1>
      <form method="post" action="/staff/password/submit" className="max-w-xl" noValidate>
        {fields.map((f) => (
          <TextInput
            key={f.name}
            name={f.name}
            label={f.label}
            hint={f.hint}
            error={error?.field === f.name ? error.text : undefined}
            type="password"
            autoComplete={f.autoComplete}
            required
            width="w-full max-w-md"
          />
        ))}
        <Button>Change password</Button>
      </form>
    </>
  );
}
