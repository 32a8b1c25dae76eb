/**
 * Build step after `next build` (`npm run build`): fails the build if the standalone server folder
 * (`<NEXT_DIST_DIR>/standalone`, what gets deployed) carries a database, an environment file or the
 * tests' folders (lib/deploy/standalone-contents.ts), naming each file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { forbiddenStandaloneFiles } from '../lib/deploy/standalone-contents';

const standalone = path.join(process.env.NEXT_DIST_DIR || '.next', 'standalone');
if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error(`check-standalone: no server in ${standalone}; next.config.mjs sets output: 'standalone', so the build did not finish`);
  process.exit(1);
}
const files = fs.readdirSync(standalone, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
const found = forbiddenStandaloneFiles(files.filter((f) => fs.statSync(path.join(standalone, f)).isFile()));
if (found.length > 0) {
  console.error(`check-standalone: ${standalone} must not be deployed as it is; it holds:`);
  for (const { file, why } of found) console.error(`  ${file}: ${why}`);
  console.error('Keep the file out of the trace (a /* turbopackIgnore: true */ comment on the path, or outputFileTracingExcludes in next.config.mjs).');
  process.exit(1);
}
console.log(`check-standalone: ${files.length} entries, none of them data, secrets or tests`);
