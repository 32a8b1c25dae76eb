import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { controlClass, Field, invalidControlClass } from './field';

type TextareaProps = Omit<ComponentPropsWithoutRef<'textarea'>, 'id' | 'name' | 'className' | 'aria-describedby' | 'aria-invalid'>;

/** A multi-line text box with its label, hint and error; `after` goes below it (a character count, whose id is `describedByAlso`). */
export function Textarea({
  name,
  label,
  hint,
  error,
  width = 'w-full',
  groupClassName,
  describedByAlso,
  after,
  ...textarea
}: TextareaProps & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  width?: string;
  groupClassName?: string;
  describedByAlso?: string;
  after?: ReactNode;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error} className={groupClassName} describedByAlso={describedByAlso}>
      {(control) => (
        <>
          <textarea {...control} name={name} {...textarea} className={`${controlClass} ${width} ${error ? invalidControlClass : ''}`} />
          {after}
        </>
      )}
    </Field>
  );
}
