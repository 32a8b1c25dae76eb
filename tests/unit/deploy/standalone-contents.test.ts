import { describe, expect, it } from 'vitest';
import { forbiddenStandaloneFiles } from '@/lib/deploy/standalone-contents';

describe('what the standalone server must not carry', () => {
  it('refuses databases, their journals and backups wherever they are', () => {
    const found = forbiddenStandaloneFiles([
      'data/clinic.sqlite',
      'test-results/gates-data/clinic.sqlite',
      'reports/editor-e2e-data/clinic.sqlite-wal',
      'somewhere/clinic.sqlite.before-restore-2026-12-03',
      'backups/clinic-2026.db',
    ]);
    expect(found.map((f) => f.file)).toEqual([
      'data/clinic.sqlite',
      'test-results/gates-data/clinic.sqlite',
      'reports/editor-e2e-data/clinic.sqlite-wal',
      'somewhere/clinic.sqlite.before-restore-2026-12-03',
      'backups/clinic-2026.db',
    ]);
    expect(found[0].why).toMatch(/database/);
  });

  it('refuses environment files and the tests’ folders, but not an example environment', () => {
    expect(forbiddenStandaloneFiles(['.env', '.env.production', 'deploy/.env.local', 'deploy/env.example', '.env.example']).map((f) => f.file)).toEqual([
      '.env',
      '.env.production',
      'deploy/.env.local',
    ]);
    expect(forbiddenStandaloneFiles(['tests/fixtures/content/a.mdx', 'coverage/index.html']).map((f) => f.why)).toEqual([
      'a local data, test or report folder',
      'a local data, test or report folder',
    ]);
  });

  it('lets the server, its content and its packages through', () => {
    expect(
      forbiddenStandaloneFiles([
        'server.js',
        'package.json',
        'content/articles/a.mdx',
        'content/references.bib',
        'lib/compliance/claims/classifier-model.json',
        '.next/server/app/page.js',
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
        'node_modules/some-package/test/fixture.db',
      ]),
    ).toEqual([]);
  });
});
