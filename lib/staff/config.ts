/** Staff-area settings from the environment (docs/staff.md), read per call so tests can vary them. */
import 'server-only';
export type StaffConfig = {
  /** A session unused for this long is over. */
  idleMs: number;
  /** A session is over this long after sign-in, however active. */
  absoluteMs: number;
  /** Consecutive failed sign-ins that lock an account… */
  lockoutThreshold: number;
  /** …for this long. */
  lockoutMs: number;
  /** Sign-in attempts per client address per window. */
  ipLimit: number;
  ipWindowMs: number;
};

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

export function staffConfig(env: NodeJS.ProcessEnv = process.env): StaffConfig {
  return {
    idleMs: int(env.STAFF_SESSION_IDLE_MINUTES, 30) * 60_000,
    absoluteMs: int(env.STAFF_SESSION_MAX_HOURS, 12) * 3_600_000,
    lockoutThreshold: Math.max(1, int(env.STAFF_LOCKOUT_THRESHOLD, 5)),
    lockoutMs: int(env.STAFF_LOCKOUT_MINUTES, 15) * 60_000,
    ipLimit: Math.max(1, int(env.STAFF_SIGNIN_RATE_LIMIT, 20)),
    ipWindowMs: int(env.STAFF_SIGNIN_RATE_WINDOW_S, 600) * 1000,
  };
}
