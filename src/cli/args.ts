import { parseArgs } from 'node:util';
import type { Lang } from '../core/catalog/types.ts';
import { LANGS } from '../i18n/languages.ts';
import { CliError } from './cli-error.ts';

export const FORMATS = ['json', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'pack-check'; file: string; lang: Lang }
  | { kind: 'sanitize'; file: string; output: string; lang: Lang }
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
  sanitize: new Set(['output', 'lang', 'help']),
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
    if (!Object.hasOwn(OPTIONS, token.name))
      throw new CliError({ kind: 'unknown-option', option: token.rawName }, true);
    const option = OPTIONS[token.name as keyof typeof OPTIONS];
    if (option.type === 'string' && token.value === undefined)
      throw new CliError({ kind: 'option-needs-value', option: token.rawName }, true);
    if (option.type === 'boolean' && token.value !== undefined)
      throw new CliError({ kind: 'option-takes-no-value', option: token.rawName }, true);
  }
  if (values.help === true) return { kind: 'help' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new CliError({ kind: 'missing-command' }, true);
  if (command === 'pack') return packCommand(file, extra, values.lang);
  if (command !== 'scan' && command !== 'sanitize')
    throw new CliError({ kind: 'unknown-command', command }, true);
  for (const token of tokens) {
    if (token.kind === 'option' && !ACCEPTS[command].has(token.name))
      throw new CliError({ kind: 'option-not-for', option: token.rawName, command }, true);
  }
  if (file === undefined) throw new CliError({ kind: 'missing-file' }, true);
  if (extra[0] !== undefined) throw new CliError({ kind: 'unexpected-argument', argument: extra[0] }, true);
  if (command === 'sanitize') {
    const output = typeof values.output === 'string' ? values.output : '-';
    return { kind: 'sanitize', file, output, lang: oneOf(values.lang, LANGS, 'en', 'language') };
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
      action === undefined ? { kind: 'missing-pack-action' } : { kind: 'unknown-pack-action', action },
      true,
    );
  const [file, extra] = rest;
  if (file === undefined) throw new CliError({ kind: 'missing-pack-file' }, true);
  if (extra !== undefined) throw new CliError({ kind: 'unexpected-argument', argument: extra }, true);
  return { kind: 'pack-check', file, lang: oneOf(lang, LANGS, 'en', 'language') };
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  what: 'format' | 'language',
): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value as T)) return value as T;
  throw new CliError({ kind: 'unknown-value', what, value: String(value), allowed }, true);
}

/**
 * The language to say a problem in: `--lang` when the command line gives a known one, even if the rest
 * of it is wrong, else English.
 */
export function messageLang(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    const lang = LANGS.find((known) => known === value);
    if (lang) return lang;
  }
  return 'en';
}
