import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { controlClass, Field, invalidControlClass } from './field';

type SelectProps = Omit<ComponentPropsWithoutRef<'select'>, 'id' | 'name' | 'className' | 'aria-describedby' | 'aria-invalid' | 'children'>;
export type Option = { value: string; label: string };

/** A drop-down list with its label, hint and error; `emptyOption` is the label of a first choice whose value is empty. */
export function Select({
  name,
  label,
  hint,
  error,
  options,
  emptyOption,
  groupClassName,
  ...select
}: SelectProps & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly Option[];
  emptyOption?: string;
  groupClassName?: string;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error} className={groupClassName}>
      {(control) => (
        <select {...control} name={name} {...select} className={`${controlClass} ${error ? invalidControlClass : ''}`}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
