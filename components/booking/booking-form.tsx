'use client';
/**
 * The booking form. Server-rendered and fully usable without JavaScript: it is a plain POST to
 * /book/submit, which answers with this page re-rendered (errors, values kept) or a 303 to the
 * confirmation. With JavaScript it checks fields as you leave them and before sending, with the
 * SAME zod schema the server uses, counts characters, and sends with fetch to the same endpoint.
 *
 * The schema (and zod) is loaded when the person first focuses the form, not with the page: the page
 * becomes usable sooner on a phone, and nobody waits for it, since it arrives while they type.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  contactMethods,
  fieldOrder,
  formDataToInput,
  heardFromOptions,
  joints,
  limits,
  type BookingField,
  type BookingValues,
  type FieldErrors,
} from '@/lib/validations/booking-fields';

/** Field errors for the form's current values; {} when all is well. */
type Validator = (input: Record<string, unknown>) => FieldErrors;

export type BookingFormState = {
  status: 'idle' | 'error';
  message: string | null;
  errors: FieldErrors;
  values: BookingValues;
  token: string;
};
import { ErrorSummary } from './error-summary';
import { describedBy, FieldError, Hint, RadioGroup, TextField } from './fields';

type Props = {
  initial: BookingFormState;
  treatments: { value: string; label: string }[];
  consentText: string;
  marketingText: string;
  phone: string;
};

const targetId = (f: BookingField) => f;

export function BookingForm({ initial, treatments, consentText, marketingText, phone }: Props) {
  // The server's answer: from the page (JavaScript off) or from the last fetch (JavaScript on).
  const [state, setState] = useState({ ...initial, nonce: 0 });
  const [pending, setPending] = useState(false);
  const validator = useRef<Promise<Validator | null> | null>(null);
  const checking = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Client-side findings replace the server's until the next server answer (new nonce).
  const [client, setClient] = useState<{ nonce: number; summary: boolean; errors: FieldErrors } | null>(null);
  const touched = useRef<Set<BookingField>>(new Set());
  const pointerDown = useRef(false);
  const deferred = useRef(false);
  const [focusTick, setFocusTick] = useState(0);

  const current = client && client.nonce === state.nonce ? client : null;
  const errors = current ? current.errors : state.errors;
  const showSummary = current ? current.summary && Object.keys(errors).length > 0 : state.status === 'error';
  const values = state.values;

  useEffect(() => {
    if (focusTick === 0) return;
    summaryRef.current?.focus();
  }, [focusTick]);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = showSummary ? `Error: ${base}` : base;
  }, [showSummary]);

  /** Loads the schema once. If it cannot load (connection lost), null: the server checks instead. */
  function loadValidator(): Promise<Validator | null> {
    validator.current ??= import('@/lib/validations/booking').then(
      ({ createBookingSchema, validateBooking }): Validator => {
        const schema = createBookingSchema(treatments.map((t) => t.value));
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

  const nonceRef = useRef(state.nonce);
  useEffect(() => {
    nonceRef.current = state.nonce;
  }, [state.nonce]);

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

  function onBlurField(field: BookingField) {
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

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault(); // with JavaScript, send with fetch: the page stays, and so do the answers
    if (pending || checking.current) return;
    const form = e.currentTarget;
    checking.current = true; // a second press while the schema loads must not send twice
    const all = await check(form).finally(() => {
      checking.current = false;
    });
    if (all && Object.keys(all).length > 0) {
      touched.current = new Set(fieldOrder);
      setClient({ nonce: state.nonce, summary: true, errors: all });
      setFocusTick((n) => n + 1);
      return;
    }
    setPending(true);
    let answer: { ok?: boolean; next?: string; message?: string; errors?: FieldErrors; token?: string } | null = null;
    try {
      const body = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === 'string') body.append(k, v);
      const res = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } });
      answer = await res.json().catch(() => null);
      if (res.ok && answer?.ok && answer.next) {
        window.location.assign(answer.next);
        return; // stay "pending" while the confirmation loads
      }
    } catch {
      answer = null;
    }
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

  const consentError = errors.consent;

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
        <ErrorSummary ref={summaryRef} message={current ? null : state.message} errors={errors} targetId={targetId} />
      ) : null}

      <input type="hidden" name="formToken" value={state.token} />
      {/* Honeypot: hidden from people and assistive technology; bots that fill every field are refused. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <h2 className="mb-4 text-2xl font-bold text-ink">Your details</h2>
      <TextField
        name="fullName"
        label="Full name"
        autoComplete="name"
        spellCheck={false}
        defaultValue={values.fullName}
        error={errors.fullName}
        onBlur={() => onBlurField('fullName')}
      />
      <TextField
        name="email"
        label="Email address"
        hint="We will send a confirmation with your reference number to this address."
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={values.email}
        error={errors.email}
        onBlur={() => onBlurField('email')}
      />
      <TextField
        name="phone"
        label="Phone number (needed if you would like us to phone you)"
        hint="For international numbers include the country code, like +44."
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        width="sm:max-w-xs"
        defaultValue={values.phone}
        error={errors.phone}
        onBlur={() => onBlurField('phone')}
      />
      <RadioGroup
        name="contactMethod"
        legend="How would you like us to contact you?"
        options={contactMethods}
        defaultValue={values.contactMethod}
        error={errors.contactMethod}
        onChange={() => onBlurField('contactMethod')}
      />

      <h2 className="mb-4 mt-10 text-2xl font-bold text-ink">What you would like to discuss</h2>
      <RadioGroup
        name="treatment"
        legend="Which treatment are you interested in?"
        hint="Choose “I am not sure yet” if you would like our advice."
        options={treatments}
        defaultValue={values.treatment}
        error={errors.treatment}
        onChange={() => onBlurField('treatment')}
      />
      <RadioGroup
        name="joint"
        legend="Which joint or problem would you like to discuss?"
        options={joints}
        defaultValue={values.joint}
        error={errors.joint}
        onChange={() => onBlurField('joint')}
      />

      <MessageField defaultValue={values.message} error={errors.message} onBlur={() => onBlurField('message')} />

      <TextField
        name="availability"
        label="Which days and times suit you? (optional)"
        hint="For example, weekday mornings or Saturdays."
        defaultValue={values.availability}
        error={errors.availability}
        onBlur={() => onBlurField('availability')}
      />

      <div data-field="heardFrom" className={`mb-6 ${errors.heardFrom ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
        <label htmlFor="heardFrom" className="block text-lg font-semibold text-ink">
          How did you hear about us? (optional)
        </label>
        <FieldError id="heardFrom-error" message={errors.heardFrom} />
        <select
          id="heardFrom"
          name="heardFrom"
          defaultValue={values.heardFrom ?? ''}
          aria-describedby={describedBy(errors.heardFrom && 'heardFrom-error')}
          aria-invalid={errors.heardFrom ? true : undefined}
          onBlur={() => onBlurField('heardFrom')}
          className="mt-2 block rounded-sm border-2 border-ink bg-white px-3 py-2 text-base text-ink"
        >
          <option value="">Prefer not to say</option>
          {heardFromOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>

      <h2 className="mb-4 mt-10 text-2xl font-bold text-ink">Your consent</h2>
      <div data-field="consent" className={`mb-6 ${consentError ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
        <fieldset aria-describedby={describedBy('consent-hint', consentError && 'consent-error')}>
          <legend className="text-lg font-semibold text-ink">Using your health information</legend>
          <Hint id="consent-hint">
            The joint, treatment and message you give us are health information. We need your permission to use them,
            only to respond to this request. You can withdraw it at any time by phoning {phone}. Read our{' '}
            <a href="/privacy" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-ink">
              privacy notice
            </a>{' '}
            to see how we use and protect your information.
          </Hint>
          <FieldError id="consent-error" message={consentError} />
          <div className="mt-3 flex items-start gap-3">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              value="yes"
              defaultChecked={values.consent === 'yes' || values.consent === 'on'}
              aria-invalid={consentError ? true : undefined}
              onChange={() => onBlurField('consent')}
              className="mt-0.5 size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor="consent" className="text-base text-ink">
              {consentText}
            </label>
          </div>
        </fieldset>
      </div>

      <div className="mb-8">
        <fieldset>
          <legend className="text-lg font-semibold text-ink">News from the clinic (optional)</legend>
          <div className="mt-3 flex items-start gap-3">
            <input
              id="marketing"
              name="marketing"
              type="checkbox"
              value="yes"
              defaultChecked={values.marketing === 'yes' || values.marketing === 'on'}
              className="mt-0.5 size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor="marketing" className="text-base text-ink">
              {marketingText}
            </label>
          </div>
        </fieldset>
      </div>

      <button
        type="submit"
        aria-disabled={pending || undefined}
        className="rounded-sm bg-brand-700 px-6 py-3 text-lg font-semibold text-white shadow-[0_2px_0_#083f3c] hover:bg-brand-800"
      >
        {pending ? 'Sending your request…' : 'Send request'}
      </button>
    </form>
  );
}

/** The message and its character count; remounts with the form, so the count starts from the kept value. */
function MessageField({ defaultValue, error, onBlur }: { defaultValue?: string; error?: string; onBlur: () => void }) {
  const [length, setLength] = useState([...(defaultValue ?? '')].length);
  return (
    <div data-field="message" className={`mb-6 ${error ? 'border-l-4 border-caution-700 pl-4' : ''}`}>
      <label htmlFor="message" className="block text-lg font-semibold text-ink">
        Tell us briefly about your problem
      </label>
      <Hint id="message-hint">
        For example, how long you have had it and what you have tried. Please do not include anything we do not need
        to arrange your consultation.
      </Hint>
      <FieldError id="message-error" message={error} />
      <textarea
        id="message"
        name="message"
        rows={6}
        defaultValue={defaultValue}
        aria-describedby={describedBy('message-hint', 'message-count', error && 'message-error')}
        aria-invalid={error ? true : undefined}
        onBlur={onBlur}
        onChange={(e) => setLength([...e.currentTarget.value].length)}
        className={`mt-2 block w-full max-w-2xl rounded-sm border-2 border-ink bg-white px-3 py-2 text-base text-ink ${error ? 'border-4 border-caution-700' : ''}`}
      />
      <CharacterCount id="message-count" remaining={limits.message - length} limit={limits.message} />
    </div>
  );
}

const noSubscribe = () => () => undefined;

function CharacterCount({ id, remaining, limit }: { id: string; remaining: number; limit: number }) {
  // Announced politely after typing pauses, like GOV.UK's character count; without JS it states the limit.
  const [announced, setAnnounced] = useState(remaining);
  // false in the server HTML (and without JavaScript), true once running in the browser
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(remaining), 800);
    return () => clearTimeout(t);
  }, [remaining]);
  const text = (n: number) =>
    n >= 0
      ? `You have ${n} character${n === 1 ? '' : 's'} remaining`
      : `You have ${-n} character${n === -1 ? '' : 's'} too many`;
  if (!hydrated) {
    return (
      <p id={id} className="mt-2 text-muted">
        You can enter up to {limit} characters
      </p>
    );
  }
  return (
    <>
      <p id={id} className={`mt-2 ${remaining < 0 ? 'font-semibold text-caution-700' : 'text-muted'}`} aria-hidden="true">
        {text(remaining)}
      </p>
      <p className="sr-only" aria-live="polite">
        {text(announced)}
      </p>
    </>
  );
}
