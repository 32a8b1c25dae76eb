import type { FieldErrors } from '@/lib/validations/booking-fields';

/** What /book/submit answers a fetch with (JSON); null when there was no readable answer. */
export type SubmitAnswer = { ok?: boolean; next?: string; message?: string; errors?: FieldErrors; token?: string } | null;

/**
 * Sends the form to the same endpoint as without JavaScript, asking for JSON. On success the
 * browser moves to the confirmation and this never resolves (the button stays "sending").
 */
export async function sendBooking(form: HTMLFormElement): Promise<SubmitAnswer> {
  try {
    const body = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string') body.append(k, v);
    const res = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } });
    const answer = (await res.json().catch(() => null)) as SubmitAnswer;
    if (res.ok && answer?.ok && answer.next) {
      window.location.assign(answer.next);
      return new Promise(() => undefined);
    }
    return answer;
  } catch {
    return null;
  }
}
