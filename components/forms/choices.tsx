import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Fieldset } from './field';
import type { Option } from './select';

/** One question, one answer from a list: radios in a fieldset. */
export function Radios(p: {
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly Option[];
  error?: string;
  defaultValue?: string;
  onChange?: () => void;
}) {
  return (
    <Fieldset name={p.name} legend={p.legend} hint={p.hint} error={p.error}>
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
    </Fieldset>
  );
}

type CheckboxProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'type' | 'className'>;

/** A checkbox with its label beside it; its id is its name. Put it in a Fieldset or FormGroup for a question and error. */
export function Checkbox({ name, label, className = 'mt-3', ...input }: CheckboxProps & { name: string; label: ReactNode; className?: string }) {
  return (
    <div className={`${className} flex items-start gap-3`.trim()}>
      <input id={name} name={name} type="checkbox" {...input} className="mt-0.5 size-6 shrink-0 accent-brand-700" />
      <label htmlFor={name} className="text-base text-ink">
        {label}
      </label>
    </div>
  );
}
