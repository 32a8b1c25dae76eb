/** A booking as a patient's browser makes it: load the form (its token), then post it. */
import { formBody, request, type HttpResponse } from './http';

export const FORM_TOKEN = /name="formToken" value="([^"]+)"/;

export function formToken(html: string): string | undefined {
  return FORM_TOKEN.exec(html)?.[1];
}

export function bookingFields(email: string, token: string): Record<string, string> {
  return {
    fullName: 'Cluster Patient',
    email,
    phone: '',
    contactMethod: 'email',
    treatment: 'not-sure',
    joint: 'knee',
    message: 'Cluster test request.',
    availability: '',
    heardFrom: '',
    consent: 'yes',
    formToken: token,
    website: '',
  };
}

export async function loadToken(origin: string, from?: string): Promise<string> {
  const page = await request(`${origin}/book`, { from });
  const token = page.status === 200 ? formToken(page.body) : undefined;
  if (!token) throw new Error(`GET ${origin}/book answered ${page.status} without a form token`);
  return token;
}

/** Posts the form to `origin` (with that origin, as the browser would). */
export function postBooking(origin: string, email: string, token: string, from?: string): Promise<HttpResponse> {
  return request(`${origin}/book/submit`, {
    method: 'POST',
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: formBody(bookingFields(email, token)),
  });
}
