/**
 * Vitest setup file: each worker gets a PostgreSQL database of its own, made on first use in the
 * server TEST_DATABASE_URL names. Files run two at a time, and each test's fresh schema is not
 * enough to keep two files apart: Kysely's migrator looks for its bookkeeping table in every schema
 * of the database, so a file that migrates while another file's schema exists finds that one's and
 * fails. One database per worker keeps every file alone in its database, as when they ran in turn.
 */
import pg from 'pg';

const SHARED = 'TEST_DATABASE_URL_SHARED';
const shared = process.env[SHARED] ?? process.env.TEST_DATABASE_URL;
const worker = process.env.VITEST_POOL_ID;

if (shared && worker) {
  const url = new URL(shared);
  const name = `${url.pathname.slice(1) || 'postgres'}_worker_${Number(worker)}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  process.env[SHARED] = shared;
  process.env.TEST_DATABASE_URL = url.toString();
}
