/**
 * Several schemas in one PostgreSQL database, each migrated on its own (the tests' layout, and any
 * deployment that shares a database): the migrator keeps and looks for its tables in the
 * connection's current schema only, so a schema migrated later is not misled by an earlier one's.
 */
import { describe, expect, it } from 'vitest';
import { databaseFactories, type TestDb } from '../booking/helpers';

const postgres = databaseFactories().find((f) => f.name === 'postgres');

describe.runIf(postgres)('migrations, several schemas in one PostgreSQL database', () => {
  it('migrates a second and a third schema while the first exists, each with its own migration table', async () => {
    const opened: TestDb[] = [];
    try {
      for (let i = 0; i < 3; i++) opened.push(await postgres!.open());
      for (const t of opened) {
        const tables = await t.db.introspection.getTables({ withInternalKyselyTables: true });
        const here = tables.filter((table) => table.name === 'kysely_migration').map((table) => table.schema);
        expect(new Set(here).size).toBe(3);
        expect(await t.db.selectFrom('consultation_requests').select('id').execute()).toEqual([]);
      }
    } finally {
      for (const t of opened) await t.cleanup();
    }
  });
});
