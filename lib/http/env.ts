/**
 * The one parser for numeric settings from the environment. A blank, malformed or negative value
 * falls back to the default rather than failing the start: a typo must not take the site down.
 */
export function intFromEnv(value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.max(min, Math.floor(n)) : fallback;
}

/** A duration written in `unitMs` units (e.g. seconds = 1000), as milliseconds. */
export function durationMsFromEnv(value: string | undefined, fallbackUnits: number, unitMs: number, minUnits = 0): number {
  return intFromEnv(value, fallbackUnits, minUnits) * unitMs;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
