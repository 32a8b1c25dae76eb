import type { BookingValues, FieldErrors } from '@/lib/validations/booking';

/** What the Server Action returns to the form; `nonce` changes on every response so focus moves again. */
export type BookingFormState = {
  status: 'idle' | 'error';
  message: string | null;
  errors: FieldErrors;
  values: BookingValues;
  token: string;
  nonce: number;
};
