'use server';
/**
 * The form's Server Action. With JavaScript off, React posts the form to /book and re-renders the
 * page with the returned state (errors, kept values) — no session or cookie needed to carry them.
 * The rules are in lib/booking/submit.ts, shared with POST /api/booking.
 */
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getBookingDeps } from '@/lib/booking/server';
import { messages, submitBooking } from '@/lib/booking/submit';
import type { BookingFormState } from '@/components/booking/form-state';

export async function submitBookingAction(prev: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const h = await headers();
  const raw: Record<string, unknown> = {};
  for (const [k, v] of formData.entries()) if (!k.startsWith('$') && !(k in raw)) raw[k] = v;
  const max = Number(process.env.BOOKING_MAX_BODY_BYTES) || 16 * 1024;
  if (Number(h.get('content-length')) > max * 2) {
    // multipart framing roughly doubles a small form; anything beyond is not a person typing
    return { status: 'error', message: messages.tooLarge, errors: {}, values: {}, token: prev.token, nonce: prev.nonce + 1 };
  }
  let outcome;
  try {
    outcome = await submitBooking(raw, h, await getBookingDeps());
  } catch {
    return { status: 'error', message: messages.unavailable, errors: {}, values: prev.values, token: prev.token, nonce: prev.nonce + 1 };
  }
  if (outcome.kind === 'stored') redirect(`/book/confirmation?ref=${encodeURIComponent(outcome.reference)}`);
  return {
    status: 'error',
    message: outcome.message,
    errors: outcome.kind === 'invalid' ? outcome.errors : {},
    values: outcome.values,
    token: outcome.token,
    nonce: prev.nonce + 1,
  };
}
