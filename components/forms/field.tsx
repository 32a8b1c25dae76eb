/**
 * The form kit's building blocks, after the GOV.UK Design System: a label or legend, an optional hint,
 * the error message beside the field, and the field itself, tied together with aria-describedby.
 * Every form on the site (booking and staff) is made of these. No hooks: they render on the server
 * and inside the booking form's client component alike.
 */
import type { ReactNode } from 'react';

/** The ids an element is described by, or undefined when there are none (no empty attribute). */
export function describedBy(...ids: (string | false | null | undefined)[]) {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

/** By convention a field's hint and error message carry its id with these endings. */
export const hintId = (name: string) => `${name}-hint`;
export const errorId = (name: string) => `${name}-error`;

export const labelClass = 'block text-lg font-semibold text-ink';
export const legendClass = 'text-lg font-semibold text-ink';
export const controlClass = 'mt-2 block rounded-sm border-2 border-ink bg-white px-3 py-2 text-base text-ink';
export const invalidControlClass = 'border-4 border-caution-700';

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-2 font-semibold text-caution-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="mt-1 text-muted">
      {children}
    </div>
  );
}

/** One question: marked with a bar at its side while it has an error. `name` lets scripts find it. */
export function FormGroup({ name, error, className = 'mb-6', children }: { name?: string; error?: string; className?: string; children: ReactNode }) {
  return (
    <div data-field={name} className={`${className} ${error ? 'border-l-4 border-caution-700 pl-4' : ''}`.trim() || undefined}>
      {children}
    </div>
  );
}

/** A question answered with several controls (radios, a checkbox): legend, hint and error for the group. */
export function Fieldset({
  name,
  legend,
  hint,
  error,
  className,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <FormGroup name={name} error={error} className={className}>
      <fieldset aria-describedby={describedBy(hint ? hintId(name) : null, error && errorId(name))}>
        <legend className={legendClass}>{legend}</legend>
        {hint ? <Hint id={hintId(name)}>{hint}</Hint> : null}
        <ErrorMessage id={errorId(name)} message={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}

/** Label, hint and error above one control whose id is `name`; the control gets the ids it is described by. */
export function Field({
  name,
  label,
  hint,
  error,
  className,
  describedByAlso,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** ids of further text that describes the control (a character count) */
  describedByAlso?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  return (
    <FormGroup name={name} error={error} className={className}>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      {hint ? <Hint id={hintId(name)}>{hint}</Hint> : null}
      <ErrorMessage id={errorId(name)} message={error} />
      {children({
        id: name,
        'aria-describedby': describedBy(hint ? hintId(name) : null, describedByAlso, error && errorId(name)),
        'aria-invalid': error ? true : undefined,
      })}
    </FormGroup>
  );
}
