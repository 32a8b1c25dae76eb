/**
 * npm run staff:add -- someone@clinic.example --role writer|reviewer|manager [--author <slug>] [--password-stdin]
 * Creates a staff account with a role (lib/staff/roles.ts). A clinical reviewer's account is linked
 * to their clinician profile with --author, the slug of a file in content/authors that carries a
 * registration. By default prints a one-time password (give it to the person privately).
 * With --password-stdin, or when stdin is not a terminal, reads the password from the first line
 * of stdin instead (for scripts and tests; at least 12 characters).
 * Uses DATABASE_URL (PostgreSQL) or the SQLite file in DATA_DIR, like the server.
 */
import { envDbOptions, openDb } from '../lib/db/connect';
import { createStaffUser } from '../lib/staff/users';
import { roleSchema } from '../lib/staff/roles';
import { contentRoot, readAuthors, registeredAuthorIds } from '../lib/reviews/files';

const USAGE = 'Usage: npm run staff:add -- email@example.com --role writer|reviewer|manager [--author <slug>] [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const valued = new Set(['--role', '--author']);
  const email = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  const role = roleSchema.safeParse(option(args, '--role'));
  if (!email || !role.success) {
    console.error(USAGE);
    process.exit(2);
  }
  const fromStdin = args.includes('--password-stdin') || !process.stdin.isTTY;
  const password = fromStdin ? await readStdin() : undefined;
  const registered = registeredAuthorIds(readAuthors(contentRoot()));
  const { db } = await openDb(envDbOptions());
  try {
    const user = await createStaffUser(db, { email, role: role.data, authorId: option(args, '--author'), registeredAuthors: registered, password: password || undefined });
    if (user.generated) {
      console.log(`Created ${role.data} account ${user.email}.`);
      console.log(`One-time password (shown once, give it to them privately): ${user.password}`);
    } else {
      console.log(`Created ${role.data} account ${user.email} with the password from stdin.`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`staff:add failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
