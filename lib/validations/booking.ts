/**
 * The consultation request form: the single source of its fields' types, limits and messages.
 * Used by the server (route handler) and by the browser (inline validation, loaded when the form
 * is first used), so the rules can never drift apart. Pure: no Node or database imports, safe in a
 * client bundle.
 */
import { z } from 'zod';
import { fieldOrder, limits, contactMethods, joints, heardFromOptions, NOT_SURE, type BookingField, type FieldErrors } from './booking-fields';

// Zod 4 probes for eval support with `Function("")` the first time a schema parses; in the browser
// that probe is blocked by the site's Content-Security-Policy (no 'unsafe-eval') and Chrome logs a
// CSP issue, which costs the booking page its Lighthouse best-practices score. Jitless mode never
// probes, and the schema is small enough that compiled parsing would gain nothing.
z.config({ jitless: true });

// The fields themselves (names, options, limits, consent wording) live apart from zod, so the
// booking page's JavaScript can render the form without loading the validator (see booking-fields.ts).
export * from './booking-fields';

// C0/C1 control characters (tab and newlines are allowed only in multi-line text), lone
// surrogates and bidi overrides: never legitimate in a name or message, often used to hide text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed, NFC-normalised text; character limits count what the person sees (code points). */
function text(opts: { label: string; max: number; required: boolean; multiline?: boolean; requiredMessage?: string }) {
  const bad = opts.multiline ? CONTROL : CONTROL_OR_NEWLINE;
  // An absent field is an empty one (unticked, untouched); anything not a string is refused.
  return z
    .preprocess((v) => (v === undefined ? '' : v), z.string({ error: opts.requiredMessage ?? `Enter ${opts.label}` }))
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .refine((s) => !opts.required || s.length > 0, { message: opts.requiredMessage ?? `Enter ${opts.label}` })
        .refine((s) => [...s].length <= opts.max, {
          message: `${capitalise(opts.label)} must be ${opts.max} characters or fewer`,
        })
        .refine((s) => !bad.test(s) && !LONE_SURROGATE.test(s), {
          message: `${capitalise(opts.label)} must not contain special control characters`,
        }),
    );
}

/**
 * The patient confirmation goes to whatever address was typed and greets the sender by name, so a
 * name must not be able to carry a link or markup to a stranger: refused with a message that says
 * which rule it broke. Digits, full stops between initials ("J.R.R.") and most punctuation stay allowed.
 */
const nameRules: { test: RegExp; message: string }[] = [
  { test: /[<>]/, message: 'Full name must not contain < or >' },
  { test: /@/, message: 'Enter your name here, not an email address' },
  {
    // A scheme, "www.", or a dot joining two words ("evil.example") is how text becomes a link.
    test: /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\p{L}\p{N}-]\.\p{L}{2,}|[\p{L}\p{N}]\/[\p{L}\p{N}]/iu,
    message: 'Enter your name without a web address or link',
  },
];

function personName() {
  let schema = text({ label: 'your full name', max: limits.fullName, required: true });
  for (const rule of nameRules) schema = schema.refine((s) => !rule.test.test(s), { message: rule.message });
  return schema;
}

function capitalise(s: string) {
  return s.replace(/^(your |a |the )/, '').replace(/^./, (c) => c.toUpperCase());
}

/** A checkbox arrives as "on"/"yes"/"true" when ticked and is absent when not. */
const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('yes'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'yes' || v === 'true');

function values<const T extends readonly { value: string }[]>(options: T) {
  return options.map((o) => o.value) as unknown as [T[number]['value'], ...T[number]['value'][]];
}

function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/**
 * Build the schema for the currently published treatments (their slugs, plus "not sure").
 * The list is passed in so this module stays free of content imports and works in the browser.
 */
export function createBookingSchema(treatmentSlugs: readonly string[]) {
  const treatmentValues = [...new Set([...treatmentSlugs, NOT_SURE])] as [string, ...string[]];
  return z
    .object({
      fullName: personName(),
      email: text({ label: 'your email address', max: limits.email, required: true }).pipe(
        z
          .string()
          .refine((s) => s.length === 0 || z.email().safeParse(s).success, {
            message: 'Enter an email address in the correct format, like name@example.com',
          }),
      ),
      phone: text({ label: 'your phone number', max: limits.phoneMax, required: false }).refine(
        (s) => s.length === 0 || (/^\+?[0-9 ()-]+$/.test(s) && s.replace(/\D/g, '').length >= limits.phoneMin),
        { message: 'Enter a phone number, like 020 7946 0000 or +44 7700 900000' },
      ),
      contactMethod: choice(values(contactMethods), 'Select how you would like us to contact you'),
      treatment: choice(treatmentValues, 'Select the treatment you are interested in, or "I am not sure yet"'),
      joint: choice(values(joints), 'Select the joint or problem you would like to discuss'),
      message: text({
        label: 'a short message',
        max: limits.message,
        required: true,
        multiline: true,
        requiredMessage: 'Enter a short message about your problem',
      }),
      availability: text({ label: 'the days and times that suit you', max: limits.availability, required: false }),
      heardFrom: z
        .union([z.literal(''), choice(values(heardFromOptions), 'Select how you heard of us')])
        .optional()
        .transform((v) => (v ? v : null)),
      consent: checkbox.refine((v) => v, {
        message: 'Tick the box to agree that we may use your health information to respond to your request',
      }),
      marketing: checkbox,
    })
    .superRefine((v, ctx) => {
      // A phone number is only needed when the person asks to be phoned (data minimisation).
      if (v.contactMethod === 'phone' && v.phone.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Enter a phone number, as you asked us to phone you' });
      }
    });
}

export type BookingSchema = ReturnType<typeof createBookingSchema>;
export type BookingRequest = z.output<BookingSchema>;


/** First message per field, in page order (what the GOV.UK error summary shows). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && (fieldOrder as readonly string[]).includes(key) && !out[key as BookingField]) {
      out[key as BookingField] = issue.message;
    }
  }
  return Object.fromEntries(fieldOrder.filter((f) => out[f]).map((f) => [f, out[f]])) as FieldErrors;
}

export type ValidationResult =
  | { ok: true; data: BookingRequest }
  | { ok: false; errors: FieldErrors };

export function validateBooking(schema: BookingSchema, input: unknown): ValidationResult {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors = fieldErrorsOf(result.error);
  // A non-object body has no field issues: report it against the first field rather than silently.
  if (Object.keys(errors).length === 0) errors.fullName = 'Enter your full name';
  return { ok: false, errors };
}
