/**
 * Which options a patient wants to discuss, carried from the decision aid to the booking form as
 * `/book?discuss=prp&discuss=mfat`. The values are checked against the known options; anything
 * else is ignored. Nothing is stored: the form is only pre-filled, and the patient can change it.
 */
import { z } from 'zod';
import { EVIDENCE, OPTION_IDS, type OptionId } from './evidence';

export const DISCUSS_PARAM = 'discuss';

const optionId = z.enum(OPTION_IDS);
const discussParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** The known options named in a `discuss` search parameter, once each, in the decision aid's order. */
export function parseDiscuss(value: unknown): OptionId[] {
  const parsed = discussParam.safeParse(value);
  if (!parsed.success) return [];
  const wanted = new Set(parsed.data.flatMap((v) => v.split(',')).map((v) => optionId.safeParse(v.trim())).flatMap((r) => (r.success ? [r.data] : [])));
  return OPTION_IDS.filter((id) => wanted.has(id));
}

/** The link to the booking form carrying the options. */
export function bookingHref(options: readonly OptionId[]): string {
  if (options.length === 0) return '/book';
  return `/book?${options.map((o) => `${DISCUSS_PARAM}=${encodeURIComponent(o)}`).join('&')}`;
}

/**
 * The booking form's starting values for these options: the message names them, and the treatment
 * question is answered when exactly one of them has a treatment page (otherwise "not sure").
 */
export function discussPrefill(options: readonly OptionId[], notSure: string): { treatment?: string; message?: string } {
  if (options.length === 0) return {};
  const entries = EVIDENCE.filter((e) => options.includes(e.option));
  const treatments = entries.flatMap((e) => (e.treatmentSlug ? [e.treatmentSlug] : []));
  return {
    treatment: treatments.length === 1 ? treatments[0] : notSure,
    message: `I would like to discuss these options: ${entries.map((e) => e.name).join('; ')}.`,
  };
}
