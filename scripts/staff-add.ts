/**
 * npm run staff:add -- someone@clinic.example [--password-stdin]
 * Creates a staff account. By default prints a one-time password (give it to the person privately).
 * With --password-stdin, or when stdin is not a terminal, reads the password from the first line
 * of stdin instead (for scripts and tests; at least 12 characters).
 * Uses DATABASE_URL (PostgreSQL) or the SQLite file in DATA_DIR, like the server.
 */
import { envDbOptions, openDb } from '../lib/db/connect';
import { createStaffUser } from '../lib/staff/users';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main() {
  const args = process.argv.slice(2);
  const email = args.find((a) => !a.startsWith('--'));
  if (!email) {
    console.error('Usage: npm run staff:add -- email@example.com [--password-stdin]');
    process.exit(2);
  }
  const fromStdin = args.includes('--password-stdin') || !process.stdin.isTTY;
  const password = fromStdin ? await readStdin() : undefined;
  const { db } = await openDb(envDbOptions());
  try {
    const user = await createStaffUser(db, { email, password: password || undefined });
    if (user.generated) {
      console.log(`Created staff account ${user.email}.`);
      console.log(`One-time password (shown once, give it to them privately): ${user.password}`);
    } else {
      console.log(`Created staff account ${user.email} with the password from stdin.`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`staff:add failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
