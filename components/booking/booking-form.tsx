'use client';
/**
 * The booking form. Server-rendered and fully usable without JavaScript: it is a plain POST to
 * /book/submit, which answers with this page re-rendered (errors, values kept) or a 303 to the
 * confirmation. With JavaScript it checks fields as you leave them and before sending
 * (use-inline-validation.ts), counts characters, and sends with fetch to the same endpoint
 * (send-booking.ts). Its parts: details-fields, discussion-fields, consent-fields.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/forms/button';
import { ErrorSummary } from '@/components/forms/error-summary';
import type { BookingValues, FieldErrors } from '@/lib/validations/booking-fields';
import { ConsentFields } from './consent-fields';
import { DetailsFields } from './details-fields';
import { DiscussionFields } from './discussion-fields';
import { Honeypot } from './honeypot';
import { sendBooking } from './send-booking';
import { useInlineValidation } from './use-inline-validation';

export type BookingFormState = {
  status: 'idle' | 'error';
  message: string | null;
  errors: FieldErrors;
  values: BookingValues;
  token: string;
};

type Props = {
  initial: BookingFormState;
  treatments: { value: string; label: string }[];
  consentText: string;
  marketingText: string;
  phone: string;
};

export function BookingForm({ initial, treatments, consentText, marketingText, phone }: Props) {
  // The server's answer: from the page (JavaScript off) or from the last fetch (JavaScript on).
  const [state, setState] = useState({ ...initial, nonce: 0 });
  const [pending, setPending] = useState(false);
  const checking = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusTick, setFocusTick] = useState(0);
  const { formRef, findings: current, loadValidator, check, onLeaveField, showAll } = useInlineValidation(
    treatments.map((t) => t.value),
    state.nonce,
  );
  const errors = current ? current.errors : state.errors;
  const showSummary = current ? current.summary && Object.keys(errors).length > 0 : state.status === 'error';

  useEffect(() => {
    if (focusTick === 0) return;
    summaryRef.current?.focus();
  }, [focusTick]);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = showSummary ? `Error: ${base}` : base;
  }, [showSummary]);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault(); // with JavaScript, send with fetch: the page stays, and so do the answers
    if (pending || checking.current) return;
    const form = e.currentTarget;
    checking.current = true; // a second press while the schema loads must not send twice
    const all = await check(form).finally(() => {
      checking.current = false;
    });
    if (all && Object.keys(all).length > 0) {
      showAll(all);
      setFocusTick((n) => n + 1);
      return;
    }
    setPending(true);
    const answer = await sendBooking(form);
    setPending(false);
    setState((s) => ({
      status: 'error',
      message: answer?.message ?? `We could not send your request. Check your connection and try again, or phone us on ${phone}.`,
      errors: answer?.errors ?? {},
      values: s.values,
      token: answer?.token || s.token,
      nonce: s.nonce + 1,
    }));
    setFocusTick((n) => n + 1);
  }

  const sections = { values: state.values, errors, onLeave: onLeaveField };
  return (
    <form
      ref={formRef}
      action="/book/submit"
      method="post"
      onSubmit={onSubmit}
      onFocus={() => void loadValidator()}
      noValidate
      className="mt-8"
      aria-describedby="form-intro"
    >
      {showSummary ? (
        <ErrorSummary
          ref={summaryRef}
          message={current ? null : state.message}
          errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
        />
      ) : null}
      <input type="hidden" name="formToken" value={state.token} />
      <Honeypot />
      <DetailsFields {...sections} />
      <DiscussionFields {...sections} treatments={treatments} />
      <ConsentFields {...sections} consentText={consentText} marketingText={marketingText} phone={phone} />
      <Button size="lg" aria-disabled={pending || undefined}>
        {pending ? 'Sending your request…' : 'Send request'}
      </Button>
    </form>
  );
}
