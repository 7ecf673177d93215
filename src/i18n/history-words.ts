import type { Lang } from '../core/catalog/types.ts';
import { plural } from './plural.ts';

/** The words of the History view, in both of the panel's languages. */
export interface HistoryWords {
  search: string;
  allFamilies: string;
  allStatuses: string;
  since: string;
  until: string;
  /** `more`: further records match, not loaded yet. */
  count(shown: number, total: number, more: boolean): string;
  table: string;
  columns: {
    time: string;
    method: string;
    url: string;
    status: string;
    code: string;
    message: string;
    id: string;
  };
  selectHint: string;
  loading: string;
  searchLabel: string;
  family: string;
  status: string;
  quotaPruned(count: number): string;
  delete: string;
  deleteSelected(count: number): string;
  export(format: string, count: number): string;
  clearAll: string;
  confirmClear(total: number): string;
  clear: string;
  cancel: string;
  empty: string;
  unavailable: string;
  notRecorded: string;
}

const en: HistoryWords = {
  search: 'Filter: text, status:5xx, code:, host:*.example.com, id:, -exclude',
  allFamilies: 'All families',
  allStatuses: 'All statuses',
  since: 'From',
  until: 'To',
  count: (shown, total, more) =>
    `${shown}${more ? '+' : ''} of ${total} ${plural('en', total, { one: 'record', other: 'records' })}`,
  table: 'History records',
  columns: {
    time: 'Time',
    method: 'Method',
    url: 'Host and path',
    status: 'Status',
    code: 'Code',
    message: 'Message',
    id: 'Correlation id',
  },
  selectHint: 'Select a record to see all its ids. Ctrl or ⌘ and Shift select several.',
  loading: 'Loading…',
  searchLabel: 'Filter the history',
  family: 'Family',
  status: 'Status',
  quotaPruned: (n) =>
    `Storage is full: the ${n} oldest ${plural('en', n, { one: 'record was', other: 'records were' })} removed to make room.`,
  delete: 'Delete',
  deleteSelected: (n) => `Delete selected (${n})`,
  export: (format, n) => `Export ${format}${n > 0 ? ` (${n})` : ''}`,
  clearAll: 'Clear history…',
  confirmClear: (n) =>
    n === 1
      ? 'Delete the 1 record?'
      : `Delete all ${n} ${plural('en', n, { one: 'record', other: 'records' })}?`,
  clear: 'Delete all',
  cancel: 'Cancel',
  empty: 'No records match.',
  unavailable: 'The history is not available.',
  notRecorded: 'This is a private window: its errors are not recorded (see Settings).',
};

const ja: HistoryWords = {
  search: '絞り込み: テキスト, status:5xx, code:, host:*.example.com, id:, -除外',
  allFamilies: 'すべてのファミリー',
  allStatuses: 'すべてのステータス',
  since: '開始',
  until: '終了',
  count: (shown, total, more) => `${total} 件中 ${shown}${more ? '+' : ''} 件`,
  table: '履歴の記録',
  columns: {
    time: '時刻',
    method: 'メソッド',
    url: 'ホストとパス',
    status: 'ステータス',
    code: 'コード',
    message: 'メッセージ',
    id: '相関 ID',
  },
  selectHint: '記録を選択するとすべての ID を表示します。Ctrl または ⌘ と Shift で複数選択できます。',
  loading: '読み込み中…',
  searchLabel: '履歴を絞り込む',
  family: 'ファミリー',
  status: 'ステータス',
  quotaPruned: (n) => `ストレージがいっぱいのため、古い記録 ${n} 件を削除しました。`,
  delete: '削除',
  deleteSelected: (n) => `選択を削除 (${n})`,
  export: (format, n) => `${format} をエクスポート${n > 0 ? ` (${n})` : ''}`,
  clearAll: '履歴を消去…',
  confirmClear: (n) => `${n} 件の記録をすべて削除しますか?`,
  clear: 'すべて削除',
  cancel: 'キャンセル',
  empty: '一致する記録はありません。',
  unavailable: '履歴を利用できません。',
  notRecorded: 'プライベートウィンドウのため、エラーは記録されません (設定を参照)。',
};

export const HISTORY_WORDS: Record<Lang, HistoryWords> = { en, ja };
