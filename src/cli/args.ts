import { parseArgs } from 'node:util';
import type { Lang } from '../core/catalog/types.ts';
import { CliError } from './cli-error.ts';

export const FORMATS = ['json', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];
const LANGS: readonly Lang[] = ['en', 'ja'];

export const USAGE = `usage: faultline scan FILE.har [--format json|markdown|text] [--lang en|ja] [--fail-on-error] [--quiet]
       faultline --help
FILE.har may be gzipped (.har.gz), or - to read the HAR from standard input. The default format is text.
On a terminal, progress is shown on stderr unless --quiet.
Exit status: 0 done, 1 errors found with --fail-on-error, 2 bad command line or input.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'scan'; file: string; format: Format; lang: Lang; failOnError: boolean; quiet: boolean };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  'fail-on-error': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the command line. parseArgs runs lenient so that every mistake is reported in the CLI's own
 * one-line words rather than node's multi-sentence messages.
 */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new CliError(`unknown option: ${token.rawName}`, true);
    const option = OPTIONS[token.name as keyof typeof OPTIONS];
    if (option.type === 'string' && token.value === undefined)
      throw new CliError(`option ${token.rawName} needs a value`, true);
    if (option.type === 'boolean' && token.value !== undefined)
      throw new CliError(`option ${token.rawName} takes no value`, true);
  }
  if (values.help === true) return { kind: 'help' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new CliError('missing command', true);
  if (command !== 'scan') throw new CliError(`unknown command: ${command}`, true);
  if (file === undefined) throw new CliError('missing file argument', true);
  if (extra[0] !== undefined) throw new CliError(`unexpected argument: ${extra[0]}`, true);
  return {
    kind: 'scan',
    file,
    format: oneOf(values.format, FORMATS, 'text', 'format'),
    lang: oneOf(values.lang, LANGS, 'en', 'language'),
    failOnError: values['fail-on-error'] === true,
    quiet: values.quiet === true,
  };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, what: string): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value as T)) return value as T;
  throw new CliError(`unknown ${what}: ${String(value)} (expected ${allowed.join(', ')})`, true);
}
