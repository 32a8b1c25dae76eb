/** Staff-area settings from the environment (docs/staff.md), read per call so tests can vary them. */
import 'server-only';
import { durationMsFromEnv, intFromEnv, HOUR, MINUTE, SECOND } from '@/lib/http/env';

export type StaffConfig = {
  /** A session unused for this long is over. */
  idleMs: number;
  /** A session is over this long after sign-in, however active. */
  absoluteMs: number;
  /** Attempts on one account (since its last success) before each further one must wait… */
  lockoutThreshold: number;
  /** …as many attempts from one client address, on any accounts… */
  addressThreshold: number;
  /** …first for this long, doubling with every further failure… */
  throttleBaseMs: number;
  /** …up to this long at most, so nobody can keep the owner out for longer. */
  throttleMaxMs: number;
  /** Sign-in attempts per client address per window. */
  ipLimit: number;
  ipWindowMs: number;
};

export function staffConfig(env: NodeJS.ProcessEnv = process.env): StaffConfig {
  return {
    idleMs: durationMsFromEnv(env.STAFF_SESSION_IDLE_MINUTES, 30, MINUTE),
    absoluteMs: durationMsFromEnv(env.STAFF_SESSION_MAX_HOURS, 12, HOUR),
    lockoutThreshold: intFromEnv(env.STAFF_LOCKOUT_THRESHOLD, 5, 1),
    addressThreshold: intFromEnv(env.STAFF_THROTTLE_ADDRESS_THRESHOLD, 20, 1),
    throttleBaseMs: durationMsFromEnv(env.STAFF_THROTTLE_BASE_SECONDS, 30, SECOND, 1),
    throttleMaxMs: durationMsFromEnv(env.STAFF_THROTTLE_MAX_MINUTES, 15, MINUTE, 1),
    ipLimit: intFromEnv(env.STAFF_SIGNIN_RATE_LIMIT, 20, 1),
    ipWindowMs: durationMsFromEnv(env.STAFF_SIGNIN_RATE_WINDOW_S, 600, SECOND),
  };
}
