import type { Lang } from '../core/catalog/types.ts';
import { plural } from './plural.ts';

/**
 * The words every report puts around the data: the panel's copied report and history export, and the
 * CLI's Markdown and text reports, so the same finding reads the same on each surface.
 */
export interface ReportWords {
  /** The CLI report's heading. */
  title: string;
  entry: string;
  part: string;
  ids: string;
  noIds: string;
  meaning: string;
  remediation: string;
  docs: string;
  hints: string;
  nested: string;
  whatFailed: string;
  when: string;
  status: string;
  code: string;
  message: string;
  /** Stands for a field the error does not have. */
  none: string;
  /** The history export's time column; its times are UTC. */
  timeUtc: string;
  request: string;
  /** Numbers one error of a report on several. */
  errorOf(index: number, total: number): string;
  forSupport(vendor: string): string;
  /** The field names vendors' support desks ask for, where they are not header names. */
  vendor: { trackingId: string; errorCode: string; errorMessage: string };
  reportedWith(version: string, browser: string): string;
  unknownTime: string;
  unknownBrowser: string;
  /** The short line labels of the text format. */
  line: { id: string; meaning: string; fix: string; docs: string; hint: string; note: string };
  /** Names the team pack a piece of text comes from. */
  fromPack(pack: string): string;
  summary(failing: number, entries: number): string;
}

const en: ReportWords = {
  title: 'Faultline report',
  entry: 'Entry',
  part: 'Part',
  ids: 'Correlation ids',
  noIds: 'This response carries no correlation id.',
  meaning: 'Meaning',
  remediation: 'What to do',
  docs: 'Docs',
  hints: 'Hints',
  nested: 'Failed parts',
  whatFailed: 'What failed',
  when: 'When',
  status: 'Status',
  code: 'Code',
  message: 'Message',
  none: '(none)',
  timeUtc: 'Time (UTC)',
  request: 'Request',
  errorOf: (index, total) => `Error ${index} of ${total}`,
  forSupport: (vendor) => `For ${vendor} support`,
  vendor: { trackingId: 'Tracking id (target)', errorCode: 'Error code', errorMessage: 'Error message' },
  reportedWith: (version, browser) => `Reported with Faultline ${version} in ${browser}`,
  unknownTime: 'unknown time',
  unknownBrowser: 'unknown browser',
  line: { id: 'id', meaning: 'meaning', fix: 'fix', docs: 'docs', hint: 'hint', note: 'note' },
  fromPack: (pack) => `from pack ${pack}`,
  summary: (failing, entries) =>
    `${failing === 0 ? 'No' : failing} failing ${plural('en', failing, { one: 'entry', other: 'entries' })} ` +
    `out of ${entries} in the HAR.`,
};

const ja: ReportWords = {
  title: 'Faultline レポート',
  entry: 'エントリ',
  part: 'パート',
  ids: '相関 ID',
  noIds: 'この応答には相関 ID がありません。',
  meaning: '意味',
  remediation: '対処方法',
  docs: 'ドキュメント',
  hints: 'ヒント',
  nested: '失敗したパート',
  whatFailed: '失敗した要求',
  when: '日時',
  status: 'ステータス',
  code: 'コード',
  message: 'メッセージ',
  none: '(なし)',
  timeUtc: '時刻 (UTC)',
  request: '要求',
  errorOf: (index, total) => `エラー ${index} / ${total}`,
  forSupport: (vendor) => `${vendor} サポート向け`,
  vendor: { trackingId: '追跡 ID (target)', errorCode: 'エラーコード', errorMessage: 'エラーメッセージ' },
  reportedWith: (version, browser) => `Faultline ${version} (${browser}) で作成`,
  unknownTime: '時刻不明',
  unknownBrowser: '不明なブラウザー',
  line: { id: 'ID', meaning: '意味', fix: '対処', docs: 'ドキュメント', hint: 'ヒント', note: 'メモ' },
  fromPack: (pack) => `パック ${pack} より`,
  summary: (failing, entries) =>
    failing === 0
      ? `HAR の ${entries} 件のエントリにエラーはありません。`
      : `HAR の ${entries} 件のエントリのうち ${failing} 件がエラーです。`,
};

export const REPORT_WORDS: Record<Lang, ReportWords> = { en, ja };
