import { byteSize } from './byte-size.ts';
import { counted, plural } from './plural.ts';
import type { Lang } from '../core/catalog/types.ts';

/** How far an import has got, as the progress line shows it. */
interface Progress {
  read: number;
  total: number;
  entries: number;
  findings: number;
}

/** The words of opening a HAR file in the panel, in both of its languages. */
export interface ImportWords {
  open: string;
  openLabel: string;
  dropHere: string;
  sources: string;
  live: string;
  progress(progress: Progress): string;
  cancel: string;
  cancelled: string;
  /** `message` says why the file is not a HAR; null when the worker itself stopped. */
  failed(message: string | null): string;
  done(progress: Progress, malformed: number): string;
  addToHistory: string;
  adding: string;
  added: string;
  addFailed: string;
}

const ENTRY = { one: 'entry', other: 'entries' };
const ERROR = { one: 'error', other: 'errors' };

const en: ImportWords = {
  open: 'Open HAR…',
  openLabel: 'Open a HAR file to analyse',
  dropHere: 'Drop a HAR file to analyse it',
  sources: 'Findings from',
  live: 'Live',
  progress: (p) =>
    `${byteSize('en', p.read)} of ${byteSize('en', p.total)} · ${counted('en', p.entries, ENTRY)} · ${counted('en', p.findings, ERROR)}`,
  cancel: 'Cancel',
  cancelled: 'Stopped: the errors found so far are shown.',
  failed: (message) =>
    message === null
      ? 'The import stopped: the browser ended its worker.'
      : `This file cannot be read as a HAR: ${message}`,
  done: (p, malformed) =>
    `${counted('en', p.entries, ENTRY)} read, ${counted('en', p.findings, ERROR)}` +
    (malformed > 0 ? `, ${malformed} malformed ${plural('en', malformed, ENTRY)} skipped` : '') +
    '. Not in the history.',
  addToHistory: 'Add to history',
  adding: 'Adding…',
  added: 'Added to the history.',
  addFailed: 'Could not write to the history.',
};

const ja: ImportWords = {
  open: 'HAR を開く…',
  openLabel: '解析する HAR ファイルを開く',
  dropHere: 'HAR ファイルをドロップすると解析します',
  sources: '表示元',
  live: 'ライブ',
  progress: (p) =>
    `${byteSize('ja', p.read)} / ${byteSize('ja', p.total)} · ${p.entries} 件のエントリ · ${p.findings} 件のエラー`,
  cancel: 'キャンセル',
  cancelled: '中止しました。ここまでに見つかったエラーを表示しています。',
  failed: (message) =>
    message === null
      ? '読み込みが止まりました: ブラウザーが処理を終了しました。'
      : `このファイルは HAR として読めません: ${message}`,
  done: (p, malformed) =>
    `${p.entries} 件のエントリを読み、エラーは ${p.findings} 件` +
    (malformed > 0 ? `、不正なエントリ ${malformed} 件をスキップ` : '') +
    '。履歴には追加していません。',
  addToHistory: '履歴に追加',
  adding: '追加中…',
  added: '履歴に追加しました。',
  addFailed: '履歴に書き込めませんでした。',
};

export const IMPORT_WORDS: Record<Lang, ImportWords> = { en, ja };
