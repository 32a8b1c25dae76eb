import type { ComponentPropsWithoutRef } from 'react';

const variants = {
  primary: 'bg-brand-700 text-white shadow-[0_2px_0_#083f3c] hover:bg-brand-800',
  warning: 'bg-caution-700 text-white hover:bg-ink',
  secondary: 'border-2 border-ink bg-white text-ink hover:bg-ink hover:text-white',
} as const;

const sizes = { sm: 'px-3 py-1', md: 'px-5 py-2 text-lg', lg: 'px-6 py-3 text-lg' } as const;

/** A form's submit button (GOV.UK: primary to go on, warning for what cannot be undone, secondary for the rest). */
export function Button({
  variant = 'primary',
  size = 'md',
  type = 'submit',
  ...button
}: Omit<ComponentPropsWithoutRef<'button'>, 'className'> & { variant?: keyof typeof variants; size?: keyof typeof sizes }) {
  return <button type={type} {...button} className={`rounded-sm font-semibold ${sizes[size]} ${variants[variant]}`} />;
}
