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
  /** The patient's last answer from their manage link: accepted, another-time or cancelled. */
  patient_reply: string | null;
  patient_reply_at: string | null;
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
  /** pending → sending (claimed under a lease) → sent | failed; or held (never sent, see last_error). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_token: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The recipient, normalised (recipientKey in lib/booking/recipient.ts), for the patient confirmation's daily cap. */
  recipient_key: string | null;
  /** Unique when set: a second queueing of the same invite or reminder inserts nothing. */
  dedupe_key: string | null;
  /** An iCalendar part sent with the message (an invite or its cancellation), and its METHOD. */
  ics_body: string | null;
  ics_method: string | null;
  /** The appointment an invite or reminder is about, so a change can drop its pending reminders. */
  appointment_id: string | null;
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

export interface StaffUserTable {
  id: string;
  /** Lower-cased. */
  email: string;
  /** scrypt, self-describing (lib/staff/password.ts). */
  password_hash: string;
  must_change_password: Generated<number>;
  /** Unused since sign-in throttling moved to signin_throttle; kept because shipped migrations are never edited. */
  failed_attempts: Generated<number>;
  /** Unused, as failed_attempts. */
  locked_until: string | null;
  created_at: string;
  /** writer, reviewer (clinical reviewer) or manager (lib/staff/roles.ts). Accounts made before roles are managers. */
  role: Generated<string>;
  /** A clinical reviewer's clinician profile: the slug of a file in content/authors. */
  author_id: string | null;
}

export interface StaffSessionTable {
  /** SHA-256 of the cookie's random token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; idle expiry is last_seen_at + the idle period. */
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  /** Staff email, or null for an unknown actor (e.g. a failed sign-in). */
  actor: string | null;
  action: string;
  request_id: string | null;
  /** Short, non-health detail (a status, a count). */
  detail: string | null;
}

export interface RequestNoteTable {
  id: string;
  request_id: string;
  author: string;
  body: string;
  created_at: string;
}

export interface SigninThrottleTable {
  /** SHA-256 of `account:<email>` or `address:<ip>`: neither typed addresses nor IPs are stored. */
  key: string;
  /** Attempts since the last success (or since the count went stale), counted before checking. */
  attempts: number;
  /** Epoch ms; no attempt is admitted before it. PostgreSQL returns bigint as a string. */
  blocked_until: number | string | null;
  updated_at: number | string;
}

/** A booking form token's nonce, recorded when the token stored a request (single use). */
export interface BookingSpentTokenTable {
  nonce: string;
  /** When the token expires; the row is useless after that and may be deleted. */
  expires_at: string;
}

/** A page a clinical reviewer sent back to its writer, with their comments (shown on the page's review screen). */
export interface ReviewCommentTable {
  id: string;
  /** collection/slug, e.g. articles/knee-pain. */
  page: string;
  /** The version the comments are about (lib/reviews/hash.ts). */
  hash: string;
  /** Staff email of the reviewer. */
  author: string;
  body: string;
  created_at: string;
}

/** The patient's manage link: only the SHA-256 of its random token is stored (lib/booking/manage-token.ts). */
export interface BookingManageTokenTable {
  token_hash: string;
  request_id: string;
  created_at: string;
  /** The retention period after the request: the link dies with the data it shows. */
  expires_at: string;
}

/** An appointment offered to a patient; at most one per request, changed in place. */
export interface AppointmentTable {
  id: string;
  request_id: string;
  /** The iCalendar UID, the same across every change, so calendars update the one event. */
  uid: string;
  /** iCalendar SEQUENCE: raised on every change the patient is sent. */
  sequence: number;
  /** The instant, ISO-8601 UTC; `time_zone` is the clinic's zone it was offered in. */
  starts_at: string;
  duration_minutes: number;
  time_zone: string;
  clinician: string;
  place: string;
  video_url: string | null;
  /** offered, accepted, another-time (the patient asked for a different time) or cancelled. */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  review_comments: ReviewCommentTable;
  consultation_requests: ConsultationRequestTable;
  consent_records: ConsentRecordTable;
  outbox: OutboxTable;
  rate_limits: RateLimitTable;
  app_settings: AppSettingTable;
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditLogTable;
  request_notes: RequestNoteTable;
  signin_throttle: SigninThrottleTable;
  booking_spent_tokens: BookingSpentTokenTable;
  booking_manage_tokens: BookingManageTokenTable;
  appointments: AppointmentTable;
}
