/**
 * A hash of the content check's code and what it runs on: every TypeScript file under lib/ (the
 * check and everything it imports), the lock file and the Node version. The report cache and the
 * worker bundle are both keyed by it, so neither outlives a change to a rule, the pipeline or a
 * dependency.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lib/ folder the running check comes from. */
export const LIB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let computed: string | undefined;

export function codeFingerprint(): string {
  if (computed) return computed;
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|tsx|cts|js|mjs|cjs|json)$/.test(entry.name)) hash.update(full).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(LIB_DIR);
  const lock = path.join(LIB_DIR, '..', 'package-lock.json');
  hash.update(fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : '');
  hash.update(process.version);
  computed = hash.digest('hex');
  return computed;
}
