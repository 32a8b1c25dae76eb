/**
 * A script's options, as the person who typed them needs to hear about them: --help (or -h)
 * prints the script's own doc comment, and an option it does not know or one missing its value
 * ends it with one line naming the option (exit 2), not a stack trace.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The doc comment that opens the file at `scriptUrl`, without its comment markers. */
export function scriptHelp(scriptUrl: string): string {
  return fs.readFileSync(fileURLToPath(scriptUrl), 'utf8').split('*/')[0].replace(/^\/\*\*?|^ \* ?/gm, '');
}

/** Throws parseArgs's own error (which names the option); `help` is set by --help or -h. */
export function parseOptions<const O extends Options>(options: O, argv: string[]) {
  return parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: false }>({ args: argv, options: { ...options, ...HELP }, allowPositionals: false }).values;
}

/** The line a script ends on when its options do not parse: `npm run <command>` and the option at fault. */
export function optionsError(command: string, error: unknown): string {
  return `${command}: ${error instanceof Error ? error.message : String(error)}; npm run ${command} -- --help lists the options`;
}

/**
 * The options of the script at `scriptUrl`, run as `npm run <command>`, from the process's
 * arguments: prints its help and exits 0 on --help; prints optionsError and exits 2 when they do not parse.
 */
export function scriptOptions<const O extends Options>(scriptUrl: string, command: string, options: O) {
  let values: ReturnType<typeof parseOptions<O>>;
  try {
    values = parseOptions(options, process.argv.slice(2));
  } catch (error) {
    console.error(optionsError(command, error));
    process.exit(2);
  }
  // (Generic over the script's options, the parsed type cannot name help here; every script's values have it.)
  if ((values as { help?: boolean }).help) {
    console.log(scriptHelp(scriptUrl));
    process.exit(0);
  }
  return values;
}
