'use client';
import type { Ref } from 'react';

/** One problem: its text, and the id of the field it is about. */
export type SummaryError = { field: string; text: string };

/**
 * GOV.UK error summary, the one every form uses: first thing on the page or in the form, focused
 * when it appears, one link per problem. `autoFocus` is rendered into the server HTML, so focus
 * moves here even with JavaScript off. `message` is shown when there is no field to point at
 * (the connection failed, the server refused). Renders nothing when there is neither.
 */
export function ErrorSummary({ errors, message, ref }: { errors: readonly SummaryError[]; message?: string | null; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0 && !message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-sm border-4 border-caution-700 bg-white p-5 focus:outline-none focus-visible:outline-[3px]"
      data-testid="error-summary"
    >
      <div role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" className="text-xl font-bold text-ink">
          There is a problem
        </h2>
        {errors.length === 0 ? <p className="mt-2 text-ink">{message}</p> : null}
        {errors.length > 0 ? (
          <ul className="mt-3 list-none space-y-2 p-0">
            {errors.map(({ field, text }) => (
              <li key={field + text}>
                <a
                  href={`#${field}`}
                  className="font-semibold text-caution-700 underline underline-offset-2 hover:text-ink"
                  onClick={(e) => {
                    // Like GOV.UK Frontend: focus the input itself (not just scroll to it) and show its label.
                    const el = document.getElementById(field);
                    if (!el) return;
                    e.preventDefault();
                    el.focus({ preventScroll: true });
                    (el.closest('fieldset') ?? el.closest('[data-field]') ?? el).scrollIntoView({ block: 'start' });
                  }}
                >
                  {text}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
