/** Staff forms' bodies: read through the one bounded reader, refused with a 413 that says why. */
import { readBody, type ReadBody } from '@/lib/http/body';

/** Generous for the longest field (a 2,000-character note, percent-encoded), tiny next to an attack. */
export const STAFF_MAX_BODY_BYTES = 32 * 1024;

export const staffBodyMessages = {
  tooLarge: `The form is too large to send (over ${STAFF_MAX_BODY_BYTES / 1024} kB). Shorten what you typed and try again.`,
  unsupported: 'The request must be sent as a form.',
};

export function readStaffForm(request: Request): Promise<ReadBody> {
  return readBody(request, { maxBytes: STAFF_MAX_BODY_BYTES, accept: ['urlencoded', 'multipart'], messages: staffBodyMessages });
}
