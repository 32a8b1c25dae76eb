/**
 * Migrations live in code (no files to locate at run time inside a Next build) and run on start.
 * They use only types both SQLite and PostgreSQL understand, so one list serves both.
 * Append new migrations with a later, sortable name; never edit one that has shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a migration must not depend on today's table types: it is
   frozen at the schema of its own date, which is what Kysely<any> expresses. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-25-001-booking': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('consultation_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('contact_method', 'text', (c) => c.notNull())
        .addColumn('treatment', 'text', (c) => c.notNull())
        .addColumn('joint', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('availability', 'text', (c) => c.notNull())
        .addColumn('heard_from', 'text')
        .addColumn('marketing_consent', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
        .execute();
      await db.schema.createIndex('consultation_requests_created_at').on('consultation_requests').column('created_at').execute();

      await db.schema
        .createTable('consent_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().references('consultation_requests.id').onDelete('cascade'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('notice_version', 'text', (c) => c.notNull())
        .addColumn('given_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consent_records_request_id').on('consent_records').column('request_id').execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.references('consultation_requests.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text_body', 'text', (c) => c.notNull())
        .addColumn('html_body', 'text')
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_token', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
        .execute();

      await db.schema
        .createTable('app_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['app_settings', 'rate_limits', 'outbox', 'consent_records', 'consultation_requests']) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  },
  // Staff area (docs/staff.md): accounts, hashed session tokens, the audit log and notes.
  '2026-11-25-010-staff': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_user_id').on('staff_sessions').column('user_id').execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema
        .createTable('request_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().references('consultation_requests.id').onDelete('cascade'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('request_notes_request_id').on('request_notes').column('request_id').execute();
    },
    async down(db: Kysely<any>) {
      for (const t of ['request_notes', 'audit_log', 'staff_sessions', 'staff_users']) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  },
  // Sign-in throttling (docs/staff.md): attempts per account and per address, counted before the
  // password is checked. Times are epoch milliseconds so one SQL statement can compare and add them.
  '2026-12-02-001-signin-throttle': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('signin_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('blocked_until', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('signin_throttle').ifExists().execute();
    },
  },
  // Single-use booking form tokens: the nonce of each token that stored a request, kept until the
  // token would have expired anyway. recipient_key (a normalised address) serves the daily cap on
  // patient confirmations.
  '2026-12-02-002-spent-form-tokens': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('booking_spent_tokens')
        .addColumn('nonce', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('booking_spent_tokens_expires_at').on('booking_spent_tokens').column('expires_at').execute();
      await db.schema.alterTable('outbox').addColumn('recipient_key', 'text').execute();
      await db.schema.createIndex('outbox_recipient').on('outbox').columns(['recipient_key', 'created_at']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('outbox_recipient').ifExists().execute();
      await db.schema.alterTable('outbox').dropColumn('recipient_key').execute();
      await db.schema.dropTable('booking_spent_tokens').ifExists().execute();
    },
  },
  // Medical review (docs/publishing.md): staff roles, a clinical reviewer's link to their clinician
  // profile, and the comments of a page sent back to its writer. Existing accounts could do
  // everything before roles existed, so they become managers.
  '2026-12-02-010-staff-roles-and-reviews': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('staff_users').addColumn('role', 'text', (c) => c.notNull().defaultTo('manager')).execute();
      await db.schema.alterTable('staff_users').addColumn('author_id', 'text').execute();
      await db.schema
        .createTable('review_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('review_comments_page').on('review_comments').columns(['page', 'created_at']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('review_comments').ifExists().execute();
      await db.schema.alterTable('staff_users').dropColumn('author_id').execute();
      await db.schema.alterTable('staff_users').dropColumn('role').execute();
      },
    },
  // After the form (docs/booking.md, "The patient's link"): the patient's manage link (only a
  // SHA-256 of its token is kept), an offered appointment per request, the patient's last reply,
  // and on the outbox a dedupe key (one invite or reminder per key, whatever retries), an optional
  // calendar part and the appointment a message belongs to (so a cancellation can drop its reminders).
  '2026-12-02-020-manage-link-appointments': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('booking_manage_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().references('consultation_requests.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('booking_manage_tokens_request_id').on('booking_manage_tokens').column('request_id').execute();
      await db.schema.createIndex('booking_manage_tokens_expires_at').on('booking_manage_tokens').column('expires_at').execute();

      await db.schema
        .createTable('appointments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().unique().references('consultation_requests.id').onDelete('cascade'))
        .addColumn('uid', 'text', (c) => c.notNull().unique())
        .addColumn('sequence', 'integer', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('clinician', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('video_url', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('appointments_starts_at').on('appointments').column('starts_at').execute();

      await db.schema.alterTable('consultation_requests').addColumn('patient_reply', 'text').execute();
      await db.schema.alterTable('consultation_requests').addColumn('patient_reply_at', 'text').execute();

      await db.schema.alterTable('outbox').addColumn('dedupe_key', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('ics_body', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('ics_method', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('appointment_id', 'text').execute();
      await db.schema.createIndex('outbox_dedupe_key').on('outbox').column('dedupe_key').unique().execute();
      await db.schema.createIndex('outbox_appointment_id').on('outbox').column('appointment_id').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('outbox_appointment_id').ifExists().execute();
      await db.schema.dropIndex('outbox_dedupe_key').ifExists().execute();
      for (const c of ['appointment_id', 'ics_method', 'ics_body', 'dedupe_key']) await db.schema.alterTable('outbox').dropColumn(c).execute();
      for (const c of ['patient_reply_at', 'patient_reply']) await db.schema.alterTable('consultation_requests').dropColumn(c).execute();
      await db.schema.dropTable('appointments').ifExists().execute();
      await db.schema.dropTable('booking_manage_tokens').ifExists().execute();
    },
  },
};

class InCodeProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

/**
 * `schema`: PostgreSQL's current schema, where the migrator keeps its own two tables. Without it,
 * Kysely takes a table of that name in any schema of the database as its own, so one database
 * shared by several schemas (tests, side by side) would send it looking in the wrong one.
 */
export async function migrateToLatest(db: Kysely<any>, opts: { schema?: string } = {}): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(), migrationTableSchema: opts.schema });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}`, { cause: error });
  }
}
