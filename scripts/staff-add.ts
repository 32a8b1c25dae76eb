/**
 * npm run staff:add -- someone@clinic.example --role writer|reviewer|manager [--author <slug>] [--password-stdin]
 * Creates a staff account with a role (lib/staff/roles.ts). A clinical reviewer's account is linked
 * to their clinician profile with --author, the slug of a file in content/authors that carries a
 * registration. By default prints a one-time password (give it to the person privately).
 * With --password-stdin, or when stdin is not a terminal, reads the password from the first line
 * of stdin instead (for scripts and tests; at least 12 characters).
 * Uses DATABASE_URL (PostgreSQL) or the SQLite file in DATA_DIR, like the server.
 * The command itself is scripts/lib/staff-add-command.ts.
 */
import { staffAdd } from './lib/staff-add-command';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await staffAdd(process.argv.slice(2), {
  readStdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
// Not process.exit: that would cut off output still queued for a pipe.
process.exitCode = code;
