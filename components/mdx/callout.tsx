export type CalloutProps = { tone?: 'note' | 'caution'; title?: string; children: React.ReactNode };

const tones = {
  note: 'border-brand-600 bg-brand-50',
  caution: 'border-caution-700 bg-caution-50',
} as const;

export function Callout({ tone = 'note', title, children }: CalloutProps) {
  return (
    <aside className={`not-prose my-6 rounded-r-md border-l-4 px-5 py-4 ${tones[tone]}`}>
      {title ? <p className="mb-1 font-semibold text-ink">{title}</p> : null}
      <div className="space-y-2 text-ink [&_a]:text-brand-700 [&_a]:underline">{children}</div>
    </aside>
  );
}
