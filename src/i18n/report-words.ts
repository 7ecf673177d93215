import type { Lang } from '../core/catalog/types.ts';

/** The words the markdown and text reports put around the data, in each `--lang`. */
export interface ReportWords {
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
  /** The short line labels of the text format. */
  line: { id: string; meaning: string; fix: string; docs: string; hint: string; note: string };
  /** Names the team pack a piece of text comes from. */
  fromPack(pack: string): string;
  summary(failing: number, entries: number): string;
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  en: {
    title: 'Faultline report',
    entry: 'Entry',
    part: 'Part',
    ids: 'Correlation ids',
    noIds: 'No correlation id in this response.',
    meaning: 'Meaning',
    remediation: 'What to do',
    docs: 'Docs',
    hints: 'Hints',
    nested: 'Failed parts',
    line: { id: 'id', meaning: 'meaning', fix: 'fix', docs: 'docs', hint: 'hint', note: 'note' },
    fromPack: (pack) => `from pack ${pack}`,
    summary: (failing, entries) =>
      `${failing === 0 ? 'No' : failing} failing ${failing === 1 ? 'entry' : 'entries'} ` +
      `out of ${entries} in the HAR.`,
  },
  ja: {
    title: 'Faultline レポート',
    entry: 'エントリ',
    part: 'パート',
    ids: '相関 ID',
    noIds: 'このレスポンスに相関 ID はありません。',
    meaning: '意味',
    remediation: '対処方法',
    docs: 'ドキュメント',
    hints: 'ヒント',
    nested: '失敗したパート',
    line: { id: 'ID', meaning: '意味', fix: '対処', docs: 'ドキュメント', hint: 'ヒント', note: 'メモ' },
    fromPack: (pack) => `パック ${pack} より`,
    summary: (failing, entries) =>
      failing === 0
        ? `HAR の ${entries} 件のエントリにエラーはありません。`
        : `HAR の ${entries} 件のエントリのうち ${failing} 件がエラーです。`,
  },
};
