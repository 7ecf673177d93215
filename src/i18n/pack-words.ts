import type { Lang } from '../core/catalog/types.ts';
import type { PackIssue } from '../core/packs/pack-issue.ts';
import { PACK_ISSUE_WORDS } from './pack-issue-words.ts';
import { plural } from './plural.ts';

/** The words of Settings → Packs and of pack text in a finding, in both of the panel's languages. */
export interface PackWords {
  heading: string;
  intro: string;
  choose: string;
  dropHere: string;
  none: string;
  list: string;
  families: string;
  codes: string;
  languages: string;
  enabled: string;
  remove: string;
  export: string;
  added(name: string): string;
  refused(file: string, count: number): string;
  storedProblems(count: number): string;
  full: string;
  unreadable(file: string): string;
  tooLarge(file: string): string;
  familyFrom(label: string, pack: string): string;
  /** What the validator found at a place of a pack. */
  issue(issue: PackIssue): string;
}

const en: PackWords = {
  heading: 'Packs',
  intro: "Teach Faultline your team's error envelopes and codes with a pack file (JSON, format pack/1).",
  choose: 'Import a pack…',
  dropHere: 'or drop a pack file here',
  none: 'No pack imported.',
  list: 'Imported packs',
  families: 'Families',
  codes: 'Codes',
  languages: 'Languages',
  enabled: 'On',
  remove: 'Remove',
  export: 'Export',
  added: (name) => `Pack ${name} imported; it applies to the errors listed already.`,
  refused: (file, n) =>
    `${file} was not imported: ${n} ${plural('en', n, { one: 'problem', other: 'problems' })}.`,
  storedProblems: (n) => `Not used: ${n} ${plural('en', n, { one: 'problem', other: 'problems' })}.`,
  full: "Not saved: the extension's storage is full. Remove a pack you no longer need and import again.",
  unreadable: (file) => `${file} could not be read.`,
  tooLarge: (file) => `${file} is larger than a pack may be (1 MiB).`,
  familyFrom: (label, pack) => `${label} (pack ${pack})`,
  issue: PACK_ISSUE_WORDS.en,
};

const ja: PackWords = {
  heading: 'パック',
  intro: 'チーム独自のエラー形式とコードを、パックファイル (JSON、形式 pack/1) で Faultline に教えられます。',
  choose: 'パックを読み込む…',
  dropHere: 'またはパックファイルをここにドロップ',
  none: '読み込まれたパックはありません。',
  list: '読み込まれたパック',
  families: 'ファミリー',
  codes: 'コード数',
  languages: '言語',
  enabled: '有効',
  remove: '削除',
  export: '書き出す',
  added: (name) => `パック ${name} を読み込みました。表示中のエラーにも適用されます。`,
  refused: (file, n) => `${file} は読み込まれませんでした。問題が ${n} 件あります。`,
  storedProblems: (n) => `使われていません。問題が ${n} 件あります。`,
  full: '保存できません。拡張機能のストレージがいっぱいです。不要なパックを削除してから、もう一度読み込んでください。',
  unreadable: (file) => `${file} を読み込めませんでした。`,
  tooLarge: (file) => `${file} はパックの上限 (1 MiB) を超えています。`,
  familyFrom: (label, pack) => `${label} (パック ${pack})`,
  issue: PACK_ISSUE_WORDS.ja,
};

export const PACK_WORDS: Record<Lang, PackWords> = { en, ja };
