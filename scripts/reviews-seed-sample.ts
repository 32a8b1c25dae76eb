/**
 * npm run reviews:seed-sample: one-off migration of the launch's sample pages to recorded review.
 * Their review dates used to be typed into front matter; this writes an approval record for every
 * page that has none for its current version, in the name of the reviewer each page names, through
 * the same function the staff area uses (lib/reviews/decide.ts). The approvals are marked
 * `sample: true`: they are sample data like the clinicians in content/authors (README, "Replace
 * the sample data"), not a clinician's real sign-off.
 */
import { approve } from '../lib/reviews/decide';
import { contentRoot, listPages, readAuthors, registeredAuthorIds, readPageSource, readRecord, writeApproval } from '../lib/reviews/files';
import { versionHash } from '../lib/reviews/hash';
import { approvalOf } from '../lib/reviews/record';
import { splitSource } from '../lib/reviews/source';
import { todayIso } from '../lib/publishing/dates';

const root = contentRoot();
const registered = registeredAuthorIds(readAuthors(root));
const today = process.env.REVIEW_SEED_DATE ?? todayIso();
let written = 0;
let failed = 0;
for (const key of listPages(root)) {
  const source = readPageSource(root, key)!;
  const record = readRecord(root, key);
  if (approvalOf(record, versionHash(source))) continue;
  const reviewer = String(splitSource(source).frontMatter.reviewer ?? '');
  const result = approve({
    key,
    source,
    reviewedHash: versionHash(source),
    record,
    approver: { role: 'reviewer', authorId: reviewer, email: 'sample-data-migration' },
    registeredAuthors: registered,
    lastChangedBy: null,
    today,
    changeNote: 'First version reviewed for the launch of the website (sample data).',
    sample: true,
  });
  if (!result.ok) {
    failed++;
    console.error(`${key.collection}/${key.slug}: ${'refusal' in result ? result.refusal : result.noteError}`);
    continue;
  }
  writeApproval(root, key, result.record, source);
  written++;
}
console.log(`reviews:seed-sample: ${written} record${written === 1 ? '' : 's'} written${failed ? `, ${failed} refused` : ''}.`);
if (failed) process.exitCode = 1;
