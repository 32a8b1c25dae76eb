/** GOV.UK-style error summary, server-rendered: a titled box listing each problem, linking to its field. */
export type SummaryError = { href: string; text: string };

export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="mb-8 rounded-sm border-4 border-caution-700 bg-white p-5">
      <h2 id="error-summary-title" className="text-xl font-bold text-ink">
        There is a problem
      </h2>
      <ul className="mt-3 list-none space-y-2 p-0">
        {errors.map((e) => (
          <li key={e.href + e.text}>
            <a href={e.href} className="font-semibold text-caution-700 underline underline-offset-2">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-2 font-semibold text-caution-700">
      <span className="sr-only">Error: </span>
      {text}
    </p>
  );
}

export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <div role="status" className="mb-6 rounded-sm border-l-4 border-brand-700 bg-white p-4 text-ink">
      {text}
    </div>
  );
}
