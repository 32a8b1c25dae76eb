/**
 * Table types for Kysely. Timestamps are ISO-8601 UTC strings (`toISOString()`: fixed width,
 * so they compare and sort correctly as text in both SQLite and PostgreSQL); flags are 0/1
 * integers. Both choices keep one code path for the two dialects.
 */
import type { Generated } from 'kysely';

export interface ConsultationRequestTable {
  id: string;
  /** Shown to the patient; unguessable and unrelated to `id`. */
  reference: string;
  created_at: string;
  full_name: string;
  email: string;
  phone: string;
  contact_method: string;
  treatment: string;
  joint: string;
  message: string;
  availability: string;
  heard_from: string | null;
  marketing_consent: number;
  /** Workflow state for the staff area: new, contacted, booked, closed. */
  status: Generated<string>;
}

export interface ConsentRecordTable {
  id: string;
  request_id: string;
  /** 'health-data' (Art. 9(2)(a)) or 'marketing' (PECR reg. 22). */
  purpose: string;
  /** The exact statement shown next to the checkbox. */
  text: string;
  notice_version: string;
  given_at: string;
}

export interface OutboxTable {
  id: string;
  request_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Fixed when queued, so a resend after a crash carries the same Message-ID. */
  message_id: string;
  /** pending → sending (claimed under a lease) → sent | failed. */
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_token: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface RateLimitTable {
  key: string;
  window_start: string;
  hits: number;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface Database {
  consultation_requests: ConsultationRequestTable;
  consent_records: ConsentRecordTable;
  outbox: OutboxTable;
  rate_limits: RateLimitTable;
  app_settings: AppSettingTable;
}
