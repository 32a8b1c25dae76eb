/**
 * The consultation request form's fields: names in page order, options, limits and the consent
 * wording. No zod here: the browser renders the form from this module alone and loads the
 * validation schema (./booking.ts, which re-exports all of this) only when someone starts filling
 * the form in, so the booking page does not parse and run zod before it can be used.
 */

export const NOT_SURE = 'not-sure';

export const limits = {
  fullName: 100,
  email: 254,
  phoneMin: 7,
  phoneMax: 20,
  message: 1000,
  availability: 200,
} as const;

export const contactMethods = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
] as const;

export const joints = [
  { value: 'knee', label: 'Knee' },
  { value: 'hip', label: 'Hip' },
  { value: 'shoulder', label: 'Shoulder' },
  { value: 'other', label: 'Another joint or problem' },
] as const;

export const heardFromOptions = [
  { value: 'search', label: 'Internet search' },
  { value: 'referral', label: 'My GP, physiotherapist or another clinician' },
  { value: 'friend', label: 'A friend or family member' },
  { value: 'article', label: 'An article on this website' },
  { value: 'other', label: 'Somewhere else' },
] as const;

/** The statement the patient agrees to; stored verbatim with each request (Art. 7(1)). */
export const healthConsentText = (clinicName: string) =>
  `I agree that ${clinicName} may use the health information I give here to respond to my request.`;
export const marketingConsentText = (clinicName: string) =>
  `I would like to receive occasional emails from ${clinicName} about its services. I can unsubscribe at any time.`;

/** The form's field names, in page order: the error summary lists errors in this order. */
export const fieldOrder = [
  'fullName',
  'email',
  'phone',
  'contactMethod',
  'treatment',
  'joint',
  'message',
  'availability',
  'heardFrom',
  'consent',
  'marketing',
] as const;
export type BookingField = (typeof fieldOrder)[number];
export type FieldErrors = Partial<Record<BookingField, string>>;

/** The raw values as typed, for re-displaying the form; never trusted. */
export type BookingValues = Partial<Record<BookingField, string>>;

/** Turns submitted form data into the schema's input: only known fields, strings only. */
export function formDataToInput(form: { get(name: string): unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fieldOrder) {
    const v = form.get(field);
    if (typeof v === 'string') out[field] = v;
    else if (v !== null && v !== undefined) out[field] = v; // a File or other object: the schema rejects it
  }
  return out;
}
