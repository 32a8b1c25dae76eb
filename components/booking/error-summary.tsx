'use client';
import { forwardRef } from 'react';
import type { BookingField, FieldErrors } from '@/lib/validations/booking-fields';

/**
 * GOV.UK error summary: first thing in the form, focused when it appears, one link per field.
 * `autoFocus` is rendered into the server HTML, so focus moves here even with JavaScript off.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { message: string | null; errors: FieldErrors; targetId: (f: BookingField) => string }
>(function ErrorSummary({ message, errors, targetId }, ref) {
  const entries = Object.entries(errors) as [BookingField, string][];
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-sm border-4 border-caution-700 bg-white p-5 focus:outline-none focus-visible:outline-[3px]"
      data-testid="error-summary"
    >
      <div role="alert">
        <h2 id="error-summary-title" className="text-xl font-bold text-ink">
          There is a problem
        </h2>
        {entries.length === 0 && message ? <p className="mt-2 text-ink">{message}</p> : null}
        {entries.length > 0 ? (
          <ul className="mt-3 list-none space-y-2 p-0">
            {entries.map(([field, msg]) => (
              <li key={field}>
                <a
                  href={`#${targetId(field)}`}
                  className="font-semibold text-caution-700 underline underline-offset-2 hover:text-ink"
                  onClick={(e) => {
                    // Like GOV.UK Frontend: focus the input itself (not just scroll to it) and show its label.
                    const el = document.getElementById(targetId(field));
                    if (!el) return;
                    e.preventDefault();
                    el.focus({ preventScroll: true });
                    (el.closest('fieldset') ?? el.closest('[data-field]') ?? el).scrollIntoView({ block: 'start' });
                  }}
                >
                  {msg}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
});
