/** What a script says when its options are wrong or asked for (scripts/lib/script-options.ts). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optionsError, parseOptions, scriptHelp } from '@/scripts/lib/script-options';

const OPTIONS = { count: { type: 'string', default: '500' }, verbose: { type: 'boolean', default: false } } as const;

describe('script options', () => {
  it('parses the options, with --help and -h always known', () => {
    expect(parseOptions(OPTIONS, ['--count', '3', '--verbose'])).toEqual({ count: '3', verbose: true, help: false });
    expect(parseOptions(OPTIONS, ['-h']).help).toBe(true);
  });

  it('names an unknown option, or one missing its value, in one line that says where the options are listed', () => {
    const message = (argv: string[]) => {
      try {
        parseOptions(OPTIONS, argv);
      } catch (error) {
        return optionsError('bench:content', error);
      }
      throw new Error('parsed');
    };
    expect(message(['--cuont', '3'])).toBe("bench:content: Unknown option '--cuont'; npm run bench:content -- --help lists the options");
    expect(message(['--count'])).toBe("bench:content: Option '--count <value>' argument missing; npm run bench:content -- --help lists the options");
    expect(message(['extra'])).toMatch(/^bench:content: Unexpected argument 'extra'/);
  });

  it('prints the doc comment the script opens with as its help', () => {
    const help = scriptHelp(pathToFileURL(path.resolve('scripts/content-eval.ts')).href);
    expect(help).toMatch(/^\nnpm run content:eval — how well the claims checks generalise/);
    expect(help).toContain('npm run content:eval -- [--verbose] [--tuning]');
    expect(help).not.toMatch(/\/\*\*|^ \*/m);
  });
});
