import type { BookingField, BookingValues, FieldErrors } from '@/lib/validations/booking-fields';

/** What each part of the booking form gets: the kept values, the errors to show, and a call when a field is left. */
export type SectionProps = { values: BookingValues; errors: FieldErrors; onLeave: (field: BookingField) => void };
