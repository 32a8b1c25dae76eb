/**
 * Staff roles. A writer edits pages; a clinical reviewer approves or sends back pages that name
 * them as reviewer; a manager manages accounts and patient requests (the inbox, outbox, purge and
 * export). Writers and reviewers never see patient requests: they hold health data they do not need.
 */
import { z } from 'zod';

export const STAFF_ROLES = ['writer', 'reviewer', 'manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = { writer: 'Writer', reviewer: 'Clinical reviewer', manager: 'Manager' };

export const roleSchema = z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` });

/** An unknown value in the database (a hand-edited row) grants nothing beyond a writer's reach. */
export function roleOf(value: string | null | undefined): StaffRole {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : 'writer';
}

/** Who reaches patient requests, the outbox, the retention purge and the export. */
export const MANAGERS: readonly StaffRole[] = ['manager'];
