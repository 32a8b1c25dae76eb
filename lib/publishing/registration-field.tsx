/**
 * An optional "professional registration" for author profiles: either absent (not a registered
 * clinician) or a register plus a number. Keystatic's fields.object is always written, which would
 * make every author "registered", so this small custom field writes nothing when both parts are empty.
 * Its inputs are Keystatic's own select and text inputs, so it looks like the rest of the editor.
 */
import { fields, type BasicFormField, type FormFieldStoredValue } from '@keystatic/core';

export type Registration = { body: string; number: string };

const EMPTY: Registration = { body: '', number: '' };

/** Throws a message for an invalid registration; empty (both parts blank) is valid. */
export function registrationProblem(value: Registration, bodies: readonly string[], numberPattern: RegExp): string | undefined {
  if (!value.body && !value.number) return undefined;
  if (!bodies.includes(value.body)) return `Choose the register (${bodies.join(', ')}), or leave both parts empty`;
  if (!numberPattern.test(value.number)) return 'Registration number: 4–12 capital letters or digits, e.g. 7000001';
  return undefined;
}

export function registrationField(options: {
  label: string;
  description?: string;
  bodies: readonly string[];
  numberPattern: RegExp;
}): BasicFormField<Registration> {
  const bodyInput = fields.select({
    label: `${options.label}: register`,
    description: options.description,
    options: [{ value: '', label: 'Not registered' }, ...options.bodies.map((body) => ({ value: body, label: body }))],
    defaultValue: '',
  });
  const numberInput = fields.text({ label: `${options.label}: number`, description: 'As shown on the public register.' });

  const parse = (stored: FormFieldStoredValue): Registration => {
    if (stored === undefined || stored === null) return EMPTY;
    if (typeof stored !== 'object' || Array.isArray(stored) || stored instanceof Date) throw new Error('registration must be an object');
    const record = stored as Record<string, unknown>;
    return { body: String(record.body ?? ''), number: String(record.number ?? '') };
  };
  const validate = (value: Registration): Registration => {
    const problem = registrationProblem(value, options.bodies, options.numberPattern);
    if (problem) throw new Error(problem);
    return value;
  };

  return {
    kind: 'form',
    label: options.label,
    Input({ value, onChange, autoFocus, forceValidation }) {
      const problem = forceValidation ? registrationProblem(value, options.bodies, options.numberPattern) : undefined;
      return (
        <div style={{ display: 'grid', gap: 12 }}>
          <bodyInput.Input value={value.body} onChange={(body) => onChange({ ...value, body })} autoFocus={autoFocus} forceValidation={false} />
          <numberInput.Input value={value.number} onChange={(number) => onChange({ ...value, number })} autoFocus={false} forceValidation={false} />
          {problem ? <p role="alert" style={{ color: '#b42318', margin: 0 }}>{problem}</p> : null}
        </div>
      );
    },
    defaultValue: () => EMPTY,
    parse,
    serialize: (value) => ({ value: value.body || value.number ? { body: value.body, number: value.number } : undefined }),
    validate,
    reader: { parse: (stored) => validate(parse(stored)) },
  };
}
