import { parseArgs } from 'node:util';
import type { Lang } from '../core/catalog/types.ts';
import { LANGS } from '../i18n/languages.ts';
import { CliError } from './cli-error.ts';

export const FORMATS = ['json', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `usage: faultline scan FILE.har [--format json|markdown|text] [--lang en|ja] [--pack PACK.json]... [--fail-on-error] [--quiet] [--raw]
       faultline sanitize FILE.har [-o OUT.har]
       faultline pack check PACK.json [--lang en|ja]
       faultline --help
FILE.har may be gzipped (.har.gz), or - to read the HAR from standard input. The default format is text.
--pack loads a team pack (its families and code explanations); repeat it for several packs.
On a terminal, progress is shown on stderr unless --quiet.
scan redacts secrets in every format; --raw prints them as they are (and says so on stderr).
sanitize writes the HAR with every secret replaced by [REDACTED], to OUT.har or standard output.
Exit status: 0 done, 1 errors found with --fail-on-error (or a pack with problems), 2 bad command line or input.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'pack-check'; file: string; lang: Lang }
  | { kind: 'sanitize'; file: string; output: string }
  | {
      kind: 'scan';
      file: string;
      format: Format;
      lang: Lang;
      packs: string[];
      failOnError: boolean;
      quiet: boolean;
      raw: boolean;
    };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  pack: { type: 'string', multiple: true },
  'fail-on-error': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  raw: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command takes: one given to the other command is a mistake worth saying. */
const ACCEPTS: Record<'scan' | 'sanitize', ReadonlySet<string>> = {
  scan: new Set(['format', 'lang', 'pack', 'fail-on-error', 'quiet', 'raw', 'help']),
  sanitize: new Set(['output', 'help']),
};

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
  if (command === 'pack') return packCommand(file, extra, values.lang);
  if (command !== 'scan' && command !== 'sanitize') throw new CliError(`unknown command: ${command}`, true);
  for (const token of tokens) {
    if (token.kind === 'option' && !ACCEPTS[command].has(token.name))
      throw new CliError(`option ${token.rawName} does not apply to ${command}`, true);
  }
  if (file === undefined) throw new CliError('missing file argument', true);
  if (extra[0] !== undefined) throw new CliError(`unexpected argument: ${extra[0]}`, true);
  if (command === 'sanitize') {
    const output = typeof values.output === 'string' ? values.output : '-';
    return { kind: 'sanitize', file, output };
  }
  return {
    kind: 'scan',
    file,
    format: oneOf(values.format, FORMATS, 'text', 'format'),
    lang: oneOf(values.lang, LANGS, 'en', 'language'),
    packs: values.pack?.filter((pack): pack is string => typeof pack === 'string') ?? [],
    failOnError: values['fail-on-error'] === true,
    quiet: values.quiet === true,
    raw: values.raw === true,
  };
}

function packCommand(action: string | undefined, rest: string[], lang: unknown): Command {
  if (action !== 'check')
    throw new CliError(
      action === undefined ? 'missing pack action (check)' : `unknown pack action: ${action}`,
      true,
    );
  const [file, extra] = rest;
  if (file === undefined) throw new CliError('missing pack file argument', true);
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`, true);
  return { kind: 'pack-check', file, lang: oneOf(lang, LANGS, 'en', 'language') };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, what: string): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value as T)) return value as T;
  throw new CliError(`unknown ${what}: ${String(value)} (expected ${allowed.join(', ')})`, true);
}
