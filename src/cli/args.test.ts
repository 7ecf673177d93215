import { describe, expect, it } from 'vitest';
import { messageLang, parseCommand } from './args.ts';
import { CliError } from './cli-error.ts';

function refusal(argv: string[]): { message: string; showUsage: boolean } {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return { message: (error as CliError).message, showUsage: (error as CliError).showUsage };
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it('defaults to text in English without failing on errors', () => {
    expect(parseCommand(['scan', 'a.har'])).toEqual({
      kind: 'scan',
      file: 'a.har',
      format: 'text',
      lang: 'en',
      packs: [],
      failOnError: false,
      quiet: false,
      raw: false,
    });
  });

  it('takes --pack any number of times, and pack check with its file', () => {
    const command = parseCommand(['scan', 'a.har', '--pack', 'team.json', '--pack=other.json']);
    expect(command).toMatchObject({ kind: 'scan', packs: ['team.json', 'other.json'] });
    expect(parseCommand(['pack', 'check', 'team.json', '--lang', 'ja'])).toEqual({
      kind: 'pack-check',
      file: 'team.json',
      lang: 'ja',
    });
    expect(refusal(['pack', 'load', 'team.json']).message).toBe('unknown pack action: load');
    expect(refusal(['pack', 'check']).message).toBe('missing pack file argument');
  });

  it('reads every option, in any order, and - for stdin', () => {
    expect(parseCommand(['--lang=ja', 'scan', '-f', 'markdown', '-', '--fail-on-error', '-q'])).toEqual({
      kind: 'scan',
      file: '-',
      format: 'markdown',
      lang: 'ja',
      packs: [],
      failOnError: true,
      quiet: true,
      raw: false,
    });
    expect(parseCommand(['scan', '--', '--odd-name.har'])).toMatchObject({ file: '--odd-name.har' });
  });

  it('reads --raw for scan, and sanitize with -o or standard output', () => {
    expect(parseCommand(['scan', 'a.har', '--raw'])).toMatchObject({ kind: 'scan', raw: true });
    expect(parseCommand(['sanitize', 'in.har', '-o', 'out.har'])).toEqual({
      kind: 'sanitize',
      file: 'in.har',
      output: 'out.har',
      lang: 'en',
    });
    expect(parseCommand(['sanitize', '-', '--lang', 'ja'])).toEqual({
      kind: 'sanitize',
      file: '-',
      output: '-',
      lang: 'ja',
    });
  });

  it('finds the language to tell a problem in, even on a command line that is wrong', () => {
    expect(messageLang(['scan', '--bogus', '--lang', 'ja'])).toBe('ja');
    expect(messageLang(['--lang=ja'])).toBe('ja');
    expect(messageLang(['scan', '--lang', 'fr'])).toBe('en');
    expect(messageLang(['scan', '--lang'])).toBe('en');
  });

  it('answers --help whatever else is there', () => {
    expect(parseCommand(['scan', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['scan', 'a.har', '--bogus'], 'unknown option: --bogus'],
    [['scan', 'a.har', '--constructor'], 'unknown option: --constructor'],
    [['scan', 'a.har', '--format', 'xml'], 'unknown format: xml (expected json, markdown, text)'],
    [['scan', 'a.har', '--lang', 'fr'], 'unknown language: fr (expected en, ja)'],
    [['scan', 'a.har', '--format'], 'option --format needs a value'],
    [['scan', 'a.har', '--fail-on-error=yes'], 'option --fail-on-error takes no value'],
    [['scan'], 'missing file argument'],
    [[], 'missing command'],
    [['check', 'a.har'], 'unknown command: check'],
    [['scan', 'a.har', 'b.har'], 'unexpected argument: b.har'],
    [['sanitize', 'a.har', '--raw'], 'option --raw does not apply to sanitize'],
    [['scan', 'a.har', '-o', 'x.har'], 'option -o does not apply to scan'],
    [['sanitize'], 'missing file argument'],
  ])('%j is refused with usage', (argv, message) => {
    expect(refusal(argv)).toEqual({ message, showUsage: true });
  });
});
