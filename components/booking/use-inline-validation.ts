/**
 * The booking form's checks in the browser, with the SAME zod schema the server uses. The schema
 * (and zod) is loaded when the person first focuses the form, not with the page: the page becomes
 * usable sooner on a phone, and nobody waits for it, since it arrives while they type.
 */
import { useEffect, useRef, useState } from 'react';
import { fieldOrder, formDataToInput, type BookingField, type FieldErrors } from '@/lib/validations/booking-fields';

/** Field errors for the form's current values; {} when all is well. */
type Validator = (input: Record<string, unknown>) => FieldErrors;

/** Client-side findings; they replace the server's until the next server answer (a new nonce). */
type ClientFindings = { nonce: number; summary: boolean; errors: FieldErrors };

export function useInlineValidation(treatments: readonly string[], nonce: number) {
  const validator = useRef<Promise<Validator | null> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [client, setClient] = useState<ClientFindings | null>(null);
  const touched = useRef<Set<BookingField>>(new Set());
  const pointerDown = useRef(false);
  const deferred = useRef(false);
  const nonceRef = useRef(nonce);
  useEffect(() => {
    nonceRef.current = nonce;
  }, [nonce]);

  /** Loads the schema once. If it cannot load (connection lost), null: the server checks instead. */
  function loadValidator(): Promise<Validator | null> {
    validator.current ??= import('@/lib/validations/booking').then(
      ({ createBookingSchema, validateBooking }): Validator => {
        const schema = createBookingSchema([...treatments]);
        return (input) => {
          const result = validateBooking(schema, input);
          return result.ok ? {} : result.errors;
        };
      },
      () => {
        validator.current = null; // try again next time
        return null;
      },
    );
    return validator.current;
  }

  /** The form's errors now, or null when the validator is unavailable. Values are read before waiting. */
  async function check(form: HTMLFormElement): Promise<FieldErrors | null> {
    const input = formDataToInput(new FormData(form));
    const validate = await loadValidator();
    return validate ? validate(input) : null;
  }

  /** Re-checks the whole form and shows messages for the fields the person has already visited. */
  async function refreshInline() {
    const form = formRef.current;
    if (!form) return;
    const all = await check(form);
    if (!all) return;
    const visible = Object.fromEntries(
      fieldOrder.filter((f) => touched.current.has(f) && all[f]).map((f) => [f, all[f]]),
    ) as FieldErrors;
    setClient((prev) => ({
      nonce: nonceRef.current,
      summary: prev && prev.nonce === nonceRef.current ? prev.summary : false,
      errors: visible,
    }));
  }

  function onLeaveField(field: BookingField) {
    touched.current.add(field);
    // Leaving a field by clicking another: a message appearing now would move the page under the
    // pointer and the click would miss. Show it once the click is over.
    if (pointerDown.current) deferred.current = true;
    else void refreshInline();
  }

  useEffect(() => {
    const down = () => {
      pointerDown.current = true;
    };
    const up = () => {
      pointerDown.current = false;
      if (deferred.current) {
        deferred.current = false;
        setTimeout(() => void refreshInline(), 0); // after the click event has been delivered
      }
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  });

  /** Every field counts as visited and the summary lists all of them (a send the checks stopped). */
  function showAll(errors: FieldErrors) {
    touched.current = new Set(fieldOrder);
    setClient({ nonce, summary: true, errors });
  }

  const findings = client && client.nonce === nonce ? client : null;
  return { formRef, findings, loadValidator, check, onLeaveField, showAll };
}
