import { describe, expect, it } from 'vitest';
import type { HistoryProblem } from '../core/history/store-error.ts';
import type { PackIssue } from '../core/packs/pack-issue.ts';
import type { CliProblem } from './cli-words.ts';
import { DICTIONARY } from './dictionary.ts';

const HISTORY_PROBLEMS: Record<HistoryProblem['kind'], HistoryProblem> = {
  upgrade: { kind: 'upgrade' },
  terminated: { kind: 'terminated' },
  closed: { kind: 'closed' },
  blocked: { kind: 'blocked' },
  newer: { kind: 'newer', version: 2 },
  full: { kind: 'full', batch: 2, freed: 2 },
};

const file = 'team.json';
const CLI_PROBLEMS: Record<CliProblem['kind'], CliProblem> = {
  'unknown-option': { kind: 'unknown-option', option: '--x' },
  'option-needs-value': { kind: 'option-needs-value', option: '--format' },
  'option-takes-no-value': { kind: 'option-takes-no-value', option: '--raw' },
  'option-not-for': { kind: 'option-not-for', option: '--raw', command: 'sanitize' },
  'missing-command': { kind: 'missing-command' },
  'missing-file': { kind: 'missing-file' },
  'missing-pack-action': { kind: 'missing-pack-action' },
  'missing-pack-file': { kind: 'missing-pack-file' },
  'unknown-command': { kind: 'unknown-command', command: 'check' },
  'unknown-pack-action': { kind: 'unknown-pack-action', action: 'lint' },
  'unexpected-argument': { kind: 'unexpected-argument', argument: 'b.har' },
  'unknown-value': { kind: 'unknown-value', what: 'format', value: 'xml', allowed: ['json', 'text'] },
  'is-directory': { kind: 'is-directory', file },
  'not-found': { kind: 'not-found', file },
  'permission-denied': { kind: 'permission-denied', file },
  'not-a-pack-file': { kind: 'not-a-pack-file', file },
  'no-pack-file': { kind: 'no-pack-file', file },
  'cannot-read': { kind: 'cannot-read', file: null, detail: 'EIO' },
  'cannot-read-pack': { kind: 'cannot-read-pack', file, detail: 'EIO' },
  'cannot-write': { kind: 'cannot-write', file, detail: 'ENOSPC' },
  'not-gzip': { kind: 'not-gzip', detail: 'Z_DATA_ERROR' },
  'not-har': { kind: 'not-har', problem: { kind: 'no-entries' } },
  'pack-too-large': { kind: 'pack-too-large', file, bytes: 2, max: 2 },
  'pack-problems': { kind: 'pack-problems', file, count: 2, lines: '  /name: x' },
};

const PACK_ISSUES: Record<PackIssue['kind'], PackIssue> = {
  'file-too-long': { kind: 'file-too-long', count: 2, max: 2 },
  'not-json': { kind: 'not-json', detail: 'SyntaxError' },
  'not-json-object': { kind: 'not-json-object' },
  format: { kind: 'format', format: 'pack/1' },
  name: { kind: 'name' },
  'families-list': { kind: 'families-list' },
  'too-many-families': { kind: 'too-many-families', count: 2, max: 2 },
  object: { kind: 'object' },
  'family-id': { kind: 'family-id' },
  'family-exists': { kind: 'family-exists', id: 'graph' },
  'family-twice': { kind: 'family-twice', id: 'contoso' },
  'envelope-required': { kind: 'envelope-required' },
  match: { kind: 'match' },
  host: { kind: 'host' },
  header: { kind: 'header' },
  'when-required': { kind: 'when-required' },
  'conditions-count': { kind: 'conditions-count', max: 2 },
  'pointers-count': { kind: 'pointers-count', max: 2 },
  'id-source': { kind: 'id-source' },
  'pointer-or-header': { kind: 'pointer-or-header' },
  condition: { kind: 'condition' },
  equals: { kind: 'equals' },
  pointer: { kind: 'pointer' },
  'pointer-whole': { kind: 'pointer-whole' },
  'pointer-start': { kind: 'pointer-start' },
  'pointer-tokens': { kind: 'pointer-tokens', max: 2 },
  'pointer-tilde': { kind: 'pointer-tilde' },
  'codes-object': { kind: 'codes-object' },
  'unknown-family': { kind: 'unknown-family', family: 'contoso' },
  'family-codes-object': { kind: 'family-codes-object' },
  'code-length': { kind: 'code-length' },
  'code-entry': { kind: 'code-entry' },
  required: { kind: 'required' },
  status: { kind: 'status' },
  'too-many-codes': { kind: 'too-many-codes', count: 2, max: 2 },
  languages: { kind: 'languages' },
  'no-language': { kind: 'no-language' },
  'too-many-languages': { kind: 'too-many-languages', max: 2 },
  'language-tag': { kind: 'language-tag', tag: 'x' },
  list: { kind: 'list' },
  'too-many-items': { kind: 'too-many-items', count: 2, max: 2 },
  'empty-text': { kind: 'empty-text' },
  'too-long': { kind: 'too-long', count: 2, max: 2 },
  link: { kind: 'link' },
  member: { kind: 'member', allowed: ['id', 'label'] },
};

const progress = { read: 2048, total: 4096, entries: 2, findings: 2 };
const cliProgress = { read: '2 KB', total: '4 KB', percent: 50, entries: 2, findings: 2, eta: '0:02' };
const sanitizeCounts = {
  entries: 2,
  values: 2,
  kinds: [['cookie', 2]],
  skipped: { entries: 2, bytes: 2, cap: '64 MB' },
};

/**
 * Arguments for every function of the dictionary, each list one call. The numbers here are 2; the test
 * calls each again with every number 1 and 0 to see the plural forms.
 */
const SAMPLES: Record<string, unknown[][]> = {
  emptyTitle: [['09:14']],
  nested: [[2]],
  'tabs.errors': [[2]],
  'filter.count': [[2, 2]],
  'filter.invalid': [
    ['status:9', 'status'],
    ['code:', 'empty'],
  ],
  'copy.reportSelected': [[2]],
  'errors.exportHar': [[2]],
  'errors.pageChange': [
    ['navigate', 'https://example.com/', '09:14'],
    ['reload', 'https://example.com/', '09:14'],
  ],
  'groups.errors': [[2]],
  'groups.copyReport': [[2]],
  'history.count': [
    [2, 2, false],
    [2, 2, true],
  ],
  'history.quotaPruned': [[2]],
  'history.deleteSelected': [[2]],
  'history.export': [
    ['CSV', 2],
    ['CSV', 0],
  ],
  'history.confirmClear': [[2]],
  'history.problem': Object.values(HISTORY_PROBLEMS).map((problem) => [problem]),
  'history.failed': [['AbortError']],
  'packs.added': [['contoso']],
  'packs.refused': [[file, 2]],
  'packs.storedProblems': [[2]],
  'packs.unreadable': [[file]],
  'packs.tooLarge': [[file]],
  'packs.familyFrom': [['Contoso', 'contoso']],
  'packs.issue': Object.values(PACK_ISSUES).map((issue) => [issue]),
  'import.progress': [[progress]],
  'import.failed': [['EIO'], [null]],
  'import.done': [
    [progress, 2],
    [progress, 0],
  ],
  'report.errorOf': [[2, 2]],
  'report.forSupport': [['Microsoft']],
  'report.reportedWith': [['0.1.0', 'Chrome 140']],
  'report.fromPack': [['contoso']],
  'report.summary': [[2, 2]],
  'cli.problem': Object.values(CLI_PROBLEMS).map((problem) => [problem]),
  'cli.skipped': [[2, '0, 2']],
  'cli.progress': [[cliProgress], [{ ...cliProgress, total: null, percent: null, eta: null }]],
  'cli.sanitized': [[sanitizeCounts]],
  'cli.pack.problems': [[2]],
  'har.problem': [
    [{ kind: 'no-entries' }],
    [{ kind: 'syntax', found: '}', line: 2, column: 2, offset: 2 }],
    [{ kind: 'syntax', found: null, line: 2, column: 2, offset: 2 }],
  ],
};

/** Every number in `value`, however deep, replaced by `n`. */
function withNumbers(value: unknown, n: number): unknown {
  if (typeof value === 'number') return n;
  if (Array.isArray(value)) return value.map((item) => withNumbers(item, n));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNumbers(v, n)]));
  return value;
}

type Entry = { path: string; en: string; ja: string };

/** Every text of the dictionary in both languages: strings as they are, functions called on the samples. */
function texts(): { entries: Entry[]; counts: (Entry & { n: number })[] } {
  const entries: Entry[] = [];
  const counts: (Entry & { n: number })[] = [];
  const walk = (en: unknown, ja: unknown, path: string) => {
    if (typeof en === 'string') {
      entries.push({ path, en, ja: ja as string });
      return;
    }
    if (typeof en === 'function') {
      const samples = SAMPLES[path];
      if (!samples) throw new Error(`${path}: add its sample arguments to SAMPLES in dictionary.test.ts`);
      const call = (fn: unknown, args: unknown[]) => (fn as (...a: unknown[]) => string)(...args);
      for (const args of samples) {
        entries.push({ path, en: call(en, args), ja: call(ja, args) });
        for (const n of [0, 1, 2]) {
          const numbered = withNumbers(args, n) as unknown[];
          counts.push({ path, n, en: call(en, numbered), ja: call(ja, numbered) });
        }
      }
      return;
    }
    for (const key of Object.keys(en as object)) {
      walk(
        (en as Record<string, unknown>)[key],
        (ja as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
    }
  };
  walk(DICTIONARY.en, DICTIONARY.ja, '');
  return { entries, counts };
}

/** The shape of a dictionary: its keys, nested, and whether each holds a string or a function. */
function shape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
  );
}

/** Latin words that are names or notations in Japanese text too: commands, units, the RFC 6901 term. */
const NAMES_IN_JAPANESE = [/faultline (scan|sanitize|pack check)/g, /\b(KB|MB|GB|MiB)\b/g, /JSON Pointer/g];

/** Two Latin words in a row, once names and code-like tokens (options, pointers, files, ids) are removed. */
function englishIn(text: string): string | null {
  let rest = text;
  for (const name of NAMES_IN_JAPANESE) rest = rest.replace(name, ' ');
  rest = rest.replace(/\S*[-:/.*|[\]=_<>\d]\S*/g, '·');
  return /\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\b/.exec(rest)?.[0] ?? null;
}

describe('the dictionary', () => {
  const { entries, counts } = texts();

  it('has the same keys, strings and functions in every language', () => {
    expect(shape(DICTIONARY.ja)).toEqual(shape(DICTIONARY.en));
  });

  it('has samples only for functions that exist', () => {
    const called = new Set(entries.map((entry) => entry.path));
    expect(Object.keys(SAMPLES).filter((path) => !called.has(path))).toEqual([]);
  });

  it('translates every text: no Japanese text is its English one', () => {
    expect(entries.filter((e) => e.ja === e.en)).toEqual([]);
  });

  it('has no English sentence in a Japanese text', () => {
    const english = entries.map((e) => ({ path: e.path, english: englishIn(e.ja) })).filter((e) => e.english);
    expect(english).toEqual([]);
  });

  it('has no empty text', () => {
    expect(entries.filter((e) => e.en.trim() === '' || e.ja.trim() === '')).toEqual([]);
  });

  it('counts with the plural rules: 1 takes the singular in English, 0 and 2 the plural', () => {
    const plurals = /\b(record|error|entr(y|ie)|finding|problem|value|part)s?\b/;
    const wrong = counts.filter(({ n, en }) => {
      const singular = new RegExp(`\\b${n} (?:\\w+ )?(record|error|entry|finding|problem|value|part)\\b`);
      const pluralForm = new RegExp(
        `\\b${n} (?:\\w+ )?(records|errors|entries|findings|problems|values|parts)\\b`,
      );
      return plurals.test(en) && (n === 1 ? pluralForm.test(en) : singular.test(en));
    });
    expect(wrong.map(({ path, n, en }) => `${path} (${n}): ${en}`)).toEqual([]);
  });

  it.each([
    [0, '0 of 0 errors', '0 errors', 'No failing entries out of 0 in the HAR.'],
    [1, '1 of 1 error', '1 error', '1 failing entry out of 1 in the HAR.'],
    [2, '2 of 2 errors', '2 errors', '2 failing entries out of 2 in the HAR.'],
  ])('English for %d', (n, filter, group, summary) => {
    expect(DICTIONARY.en.filter.count(n, n)).toBe(filter);
    expect(DICTIONARY.en.groups.errors(n)).toBe(group);
    expect(DICTIONARY.en.report.summary(n, n)).toBe(summary);
    expect(DICTIONARY.en.history.count(n, n, false)).toBe(`${n} of ${n} ${n === 1 ? 'record' : 'records'}`);
  });

  it.each([0, 1, 2])('Japanese has one form for %d', (n) => {
    expect(DICTIONARY.ja.filter.count(n, n)).toBe(`${n} 件中 ${n} 件`);
    expect(DICTIONARY.ja.groups.errors(n)).toBe(`${n} 件`);
    expect(DICTIONARY.ja.cli.pack.problems(n)).toBe(`${n} 件の問題があります。このパックは使われません`);
  });
});
