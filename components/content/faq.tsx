export type FaqEntry = { question: string; answer: string };

/** Native disclosure widgets: keyboard- and screen-reader-friendly with no JavaScript. */
export function Faq({ items }: { items: FaqEntry[] }) {
  return (
    <div className="not-prose divide-y divide-line rounded-lg border border-line bg-white">
      {items.map((item) => (
        <details key={item.question} className="group px-5 py-4">
          <summary className="cursor-pointer list-none font-semibold text-ink marker:hidden">
            <span className="flex items-start justify-between gap-4">
              <span>{item.question}</span>
              <span aria-hidden="true" className="text-brand-700 group-open:rotate-45 motion-safe:transition-transform">
                +
              </span>
            </span>
          </summary>
          <p className="mt-3 leading-relaxed text-ink">{item.answer}</p>
        </details>
      ))}
    </div>
  );
}
