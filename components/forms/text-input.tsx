import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { controlClass, Field, invalidControlClass } from './field';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'name' | 'className' | 'aria-describedby' | 'aria-invalid'>;

/** A one-line text box with its label, hint and error. `width` sets how wide it is (Tailwind classes). */
export function TextInput({
  name,
  label,
  hint,
  error,
  width = 'w-full max-w-xl',
  groupClassName,
  ...input
}: InputProps & { name: string; label: ReactNode; hint?: ReactNode; error?: string; width?: string; groupClassName?: string }) {
  return (
    <Field name={name} label={label} hint={hint} error={error} className={groupClassName}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={input.type ?? 'text'}
          {...input}
          className={`${controlClass} ${width} focus:border-ink ${error ? invalidControlClass : ''}`}
        />
      )}
    </Field>
  );
}
