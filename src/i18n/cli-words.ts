import type { Lang } from '../core/catalog/types.ts';
import type { HarProblem } from '../core/ingest/har-input-error.ts';
import { HAR_WORDS } from './har-words.ts';
import { LANGS } from './languages.ts';
import { counted, plural } from './plural.ts';

/**
 * What went wrong with what the user gave the CLI, as data: the CLI words it in `--lang` at the edge.
 * `file` null is standard input; `detail` is the system's or the HAR reader's own explanation.
 */
export type CliProblem =
  | { kind: 'unknown-option' | 'option-needs-value' | 'option-takes-no-value'; option: string }
  | { kind: 'option-not-for'; option: string; command: string }
  | { kind: 'missing-command' | 'missing-file' | 'missing-pack-action' | 'missing-pack-file' }
  | { kind: 'unknown-command'; command: string }
  | { kind: 'unknown-pack-action'; action: string }
  | { kind: 'unexpected-argument'; argument: string }
  | { kind: 'unknown-value'; what: 'format' | 'language'; value: string; allowed: readonly string[] }
  | {
      kind: 'is-directory' | 'not-found' | 'permission-denied' | 'not-a-pack-file' | 'no-pack-file';
      file: string;
    }
  | { kind: 'cannot-read' | 'cannot-read-pack'; file: string | null; detail: string }
  | { kind: 'cannot-write'; file: string; detail: string }
  | { kind: 'not-gzip'; detail: string }
  | { kind: 'not-har'; problem: HarProblem }
  | { kind: 'pack-too-large'; file: string; bytes: number; max: number }
  | { kind: 'pack-problems'; file: string; count: number; lines: string };

/** What the progress line shows; `total` is null when the input's size is unknown (a pipe). */
export interface ProgressCounts {
  read: string;
  total: string | null;
  percent: number | null;
  entries: number;
  findings: number;
  eta: string | null;
}

/** What `faultline sanitize` sums up on stderr. */
export interface SanitizeCounts {
  entries: number;
  values: number;
  /** Redacted values per kind, most first. */
  kinds: [kind: string, count: number][];
  skipped: { entries: number; bytes: number; cap: string };
}

/** The CLI's own words on stderr and in `pack check`, in each `--lang`. */
export interface CliWords {
  usage: string;
  problem(problem: CliProblem): string;
  rawWarning: string;
  skipped(count: number, indexes: string): string;
  progress(counts: ProgressCounts): string;
  sanitized(counts: SanitizeCounts): string;
  pack: {
    valid: string;
    families: string;
    codes: string;
    languages: string;
    /** Where a problem is in the whole file rather than at a pointer. */
    file: string;
    problems(count: number): string;
  };
}

const langs = LANGS.join('|');
const SYNOPSIS = `faultline scan FILE.har [--format json|markdown|text] [--lang ${langs}] [--pack PACK.json]... [--fail-on-error] [--quiet] [--raw]
       faultline sanitize FILE.har [-o OUT.har] [--lang ${langs}]
       faultline pack check PACK.json [--lang ${langs}]
       faultline --help`;
const ENTRY = { one: 'entry', other: 'entries' };

const en: CliWords = {
  usage: `usage: ${SYNOPSIS}
FILE.har may be gzipped (.har.gz), or - to read the HAR from standard input. The default format is text.
--pack loads a team pack (its families and code explanations); repeat it for several packs.
On a terminal, progress is shown on stderr unless --quiet.
scan redacts secrets in every format; --raw prints them as they are (and says so on stderr).
sanitize writes the HAR with every secret replaced by [REDACTED], to OUT.har or standard output.
--lang sets the language of reports and messages (default en).
Exit status: 0 done, 1 errors found with --fail-on-error (or a pack with problems), 2 bad command line or input.`,
  problem(p) {
    switch (p.kind) {
      case 'unknown-option':
        return `unknown option: ${p.option}`;
      case 'option-needs-value':
        return `option ${p.option} needs a value`;
      case 'option-takes-no-value':
        return `option ${p.option} takes no value`;
      case 'option-not-for':
        return `option ${p.option} does not apply to ${p.command}`;
      case 'missing-command':
        return 'missing command';
      case 'missing-file':
        return 'missing file argument';
      case 'missing-pack-action':
        return 'missing pack action (check)';
      case 'missing-pack-file':
        return 'missing pack file argument';
      case 'unknown-command':
        return `unknown command: ${p.command}`;
      case 'unknown-pack-action':
        return `unknown pack action: ${p.action}`;
      case 'unexpected-argument':
        return `unexpected argument: ${p.argument}`;
      case 'unknown-value':
        return `unknown ${p.what}: ${p.value} (expected ${p.allowed.join(', ')})`;
      case 'is-directory':
        return `is a directory, not a HAR file: ${p.file}`;
      case 'not-found':
        return `file not found: ${p.file}`;
      case 'permission-denied':
        return `permission denied: ${p.file}`;
      case 'cannot-read':
        return `cannot read ${p.file ?? 'standard input'}: ${p.detail}`;
      case 'cannot-write':
        return `cannot write ${p.file}: ${p.detail}`;
      case 'not-gzip':
        return `not a valid gzip file: ${p.detail}`;
      case 'not-har':
        return HAR_WORDS.en.problem(p.problem);
      case 'not-a-pack-file':
        return `not a pack file: ${p.file}`;
      case 'no-pack-file':
        return `no such pack file: ${p.file}`;
      case 'cannot-read-pack':
        return `cannot read pack ${p.file}: ${p.detail}`;
      case 'pack-too-large':
        return `${p.file}: ${p.bytes} bytes; a pack may have at most ${p.max} characters`;
      case 'pack-problems':
        return `${p.file}: ${en.pack.problems(p.count)}\n${p.lines}`;
    }
  },
  rawWarning:
    'warning: --raw: this output is not redacted and may hold tokens, keys, cookies and passwords; ' +
    'do not paste it into a ticket',
  skipped: (count, indexes) =>
    `warning: skipped ${count} malformed ${plural('en', count, ENTRY)} of log.entries (index ${indexes}): ` +
    'each needs a request object and a response with a numeric status',
  progress: ({ read, total, percent, entries, findings, eta }) =>
    [
      total === null ? read : `${read} of ${total}`,
      ...(percent === null ? [] : [`${percent} %`]),
      counted('en', entries, ENTRY),
      counted('en', findings, { one: 'finding', other: 'findings' }),
      ...(eta === null ? [] : [`ETA ${eta}`]),
    ].join(', '),
  sanitized: ({ entries, values, kinds, skipped }) =>
    `sanitized ${counted('en', entries, ENTRY)}: ${counted('en', values, { one: 'value', other: 'values' })} redacted` +
    (kinds.length === 0 ? '' : ` (${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')})`) +
    (skipped.entries === 0
      ? ''
      : `; ${counted('en', skipped.entries, ENTRY)} had a string over ${skipped.cap}, left out (${skipped.bytes} bytes)`),
  pack: {
    valid: 'a valid pack/1 pack',
    families: 'families',
    codes: 'codes',
    languages: 'languages',
    file: '(file)',
    problems: (n) => `${counted('en', n, { one: 'problem', other: 'problems' })}; the pack is not used`,
  },
};

const ja: CliWords = {
  usage: `使い方: ${SYNOPSIS}
FILE.har は gzip 圧縮 (.har.gz) でもよく、- なら HAR を標準入力から読みます。既定の形式は text です。
--pack はチームのパック (ファミリーとコードの説明) を読み込みます。複数のパックには繰り返し指定します。
端末では、--quiet を付けない限り stderr に進み具合を表示します。
scan はどの形式でも秘密情報を伏せます。--raw はそのまま出力します (そのことを stderr に示します)。
sanitize は秘密情報をすべて [REDACTED] に置き換えた HAR を、OUT.har または標準出力に書き出します。
--lang はレポートとメッセージの言語です (既定は en)。
終了ステータス: 0 完了、1 --fail-on-error でエラーを検出 (または問題のあるパック)、2 コマンドラインまたは入力の誤り。`,
  problem(p) {
    switch (p.kind) {
      case 'unknown-option':
        return `不明なオプションです: ${p.option}`;
      case 'option-needs-value':
        return `オプション ${p.option} には値が必要です`;
      case 'option-takes-no-value':
        return `オプション ${p.option} は値を取りません`;
      case 'option-not-for':
        return `オプション ${p.option} は ${p.command} には使えません`;
      case 'missing-command':
        return 'コマンドがありません';
      case 'missing-file':
        return 'ファイルの指定がありません';
      case 'missing-pack-action':
        return 'pack の操作がありません (check)';
      case 'missing-pack-file':
        return 'パックファイルの指定がありません';
      case 'unknown-command':
        return `不明なコマンドです: ${p.command}`;
      case 'unknown-pack-action':
        return `不明な pack の操作です: ${p.action}`;
      case 'unexpected-argument':
        return `余分な引数です: ${p.argument}`;
      case 'unknown-value':
        return `不明な${p.what === 'format' ? '形式' : '言語'}です: ${p.value} (${p.allowed.join('、')} のいずれか)`;
      case 'is-directory':
        return `HAR ファイルではなくディレクトリです: ${p.file}`;
      case 'not-found':
        return `ファイルが見つかりません: ${p.file}`;
      case 'permission-denied':
        return `アクセスが拒否されました: ${p.file}`;
      case 'cannot-read':
        return `${p.file ?? '標準入力'} を読めません: ${p.detail}`;
      case 'cannot-write':
        return `${p.file} に書き込めません: ${p.detail}`;
      case 'not-gzip':
        return `有効な gzip ファイルではありません: ${p.detail}`;
      case 'not-har':
        return HAR_WORDS.ja.problem(p.problem);
      case 'not-a-pack-file':
        return `パックファイルではありません: ${p.file}`;
      case 'no-pack-file':
        return `パックファイルがありません: ${p.file}`;
      case 'cannot-read-pack':
        return `パック ${p.file} を読めません: ${p.detail}`;
      case 'pack-too-large':
        return `${p.file}: ${p.bytes} バイト。パックは最大 ${p.max} 文字です`;
      case 'pack-problems':
        return `${p.file}: ${ja.pack.problems(p.count)}\n${p.lines}`;
    }
  },
  rawWarning:
    '警告: --raw: この出力は秘密情報を伏せておらず、トークン・キー・Cookie・パスワードを含むことがあります。チケットに貼り付けないでください',
  skipped: (count, indexes) =>
    `警告: log.entries の不正なエントリ ${count} 件をスキップしました (インデックス ${indexes}): ` +
    'どのエントリにも request オブジェクトと、数値の status を持つ response が必要です',
  progress: ({ read, total, percent, entries, findings, eta }) =>
    [
      total === null ? read : `${read} / ${total}`,
      ...(percent === null ? [] : [`${percent} %`]),
      `${entries} 件のエントリ`,
      `${findings} 件のエラー`,
      ...(eta === null ? [] : [`残り ${eta}`]),
    ].join('、'),
  sanitized: ({ entries, values, kinds, skipped }) =>
    `${entries} 件のエントリをサニタイズしました: ${values} 個の値を伏せました` +
    (kinds.length === 0 ? '' : ` (${kinds.map(([kind, n]) => `${kind} ${n}`).join('、')})`) +
    (skipped.entries === 0
      ? ''
      : `。${skipped.entries} 件のエントリは ${skipped.cap} を超える文字列を含むため除外しました (${skipped.bytes} バイト)`),
  pack: {
    valid: '有効な pack/1 のパックです',
    families: 'ファミリー',
    codes: 'コード',
    languages: '言語',
    file: '(ファイル)',
    problems: (n) => `${n} 件の問題があります。このパックは使われません`,
  },
};

export const CLI_WORDS: Record<Lang, CliWords> = { en, ja };
