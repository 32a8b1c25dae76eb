/** GOV.UK-style form fields: label, hint, error beside the field, all wired with aria-describedby. */
import type { ReactNode } from 'react';

const inputClass =
  'mt-2 block w-full max-w-xl rounded-sm border-2 border-ink bg-white px-3 py-2 text-base text-ink focus:border-ink';
const errorInputClass = 'border-caution-700 border-4';

export function describedBy(...ids: (string | false | null | undefined)[]) {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
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

type TextFieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel';
  spellCheck?: boolean;
  width?: string;
  onBlur?: () => void;
};

export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${p.name}-hint` : null;
  const errorId = p.error ? `${p.name}-error` : null;
  return (
    <div data-field={p.name} className={`mb-6 ${p.error ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
      <label htmlFor={p.name} className="block text-lg font-semibold text-ink">
        {p.label}
      </label>
      {p.hint ? <Hint id={hintId!}>{p.hint}</Hint> : null}
      <FieldError id={`${p.name}-error`} message={p.error} />
      <input
        id={p.name}
        name={p.name}
        type={p.type ?? 'text'}
        defaultValue={p.defaultValue}
        autoComplete={p.autoComplete}
        inputMode={p.inputMode}
        spellCheck={p.spellCheck}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={p.error ? true : undefined}
        onBlur={p.onBlur}
        className={`${inputClass} ${p.width ?? ''} ${p.error ? errorInputClass : ''}`}
      />
    </div>
  );
}

type Option = { value: string; label: string };

export function RadioGroup(p: {
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly Option[];
  error?: string;
  defaultValue?: string;
  onChange?: () => void;
}) {
  const hintId = p.hint ? `${p.name}-hint` : null;
  const errorId = p.error ? `${p.name}-error` : null;
  return (
    <div data-field={p.name} className={`mb-6 ${p.error ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
      <fieldset aria-describedby={describedBy(hintId, errorId)}>
        <legend className="text-lg font-semibold text-ink">{p.legend}</legend>
        {p.hint ? <Hint id={hintId!}>{p.hint}</Hint> : null}
        <FieldError id={`${p.name}-error`} message={p.error} />
        <div className="mt-3 space-y-3">
          {p.options.map((o, i) => {
            // The first option carries the field's own id, so the error summary can link to it.
            const id = i === 0 ? p.name : `${p.name}-${o.value}`;
            return (
              <div key={o.value} className="flex items-center gap-3">
                <input
                  id={id}
                  type="radio"
                  name={p.name}
                  value={o.value}
                  defaultChecked={p.defaultValue === o.value}
                  onChange={p.onChange}
                  className="size-6 shrink-0 accent-brand-700"
                />
                <label htmlFor={id} className="text-base text-ink">
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
