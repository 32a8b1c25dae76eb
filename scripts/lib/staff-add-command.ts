/**
 * The `npm run staff:add` command without the process around it: arguments and stdin in, lines and
 * an exit code out. scripts/staff-add.ts wires it to the process; the tests call it in-process with
 * the same arguments, and run the script as a child process once for that wiring.
 */
import { envDbOptions, openDb } from '../../lib/db/connect';
import { createStaffUser } from '../../lib/staff/users';
import { roleSchema } from '../../lib/staff/roles';
import { contentRoot, readAuthors, registeredAuthorIds } from '../../lib/reviews/files';

export const USAGE = 'Usage: npm run staff:add -- email@example.com --role writer|reviewer|manager [--author <slug>] [--password-stdin]';

export type CommandIo = {
  /** The whole of stdin (read only when the password comes from there). */
  readStdin: () => Promise<string>;
  stdinIsTTY: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  /** DATABASE_URL or DATA_DIR, as the server reads them. */
  env: NodeJS.ProcessEnv;
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Exit codes: 0 created, 1 refused or failed (the reason on err), 2 bad usage. */
export async function staffAdd(args: string[], io: CommandIo): Promise<number> {
  const valued = new Set(['--role', '--author']);
  const email = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  const role = roleSchema.safeParse(option(args, '--role'));
  if (!email || !role.success) {
    io.err(USAGE);
    return 2;
  }
  try {
    const fromStdin = args.includes('--password-stdin') || !io.stdinIsTTY;
    const password = fromStdin ? ((await io.readStdin()).split(/\r?\n/)[0] ?? '') : undefined;
    const registered = registeredAuthorIds(readAuthors(contentRoot()));
    const { db } = await openDb(envDbOptions(io.env));
    try {
      const user = await createStaffUser(db, { email, role: role.data, authorId: option(args, '--author'), registeredAuthors: registered, password: password || undefined });
      if (user.generated) {
        io.out(`Created ${role.data} account ${user.email}.`);
        io.out(`One-time password (shown once, give it to them privately): ${user.password}`);
      } else {
        io.out(`Created ${role.data} account ${user.email} with the password from stdin.`);
      }
    } finally {
      await db.destroy();
    }
    return 0;
  } catch (err) {
    io.err(`staff:add failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
