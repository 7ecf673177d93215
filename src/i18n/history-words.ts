import type { Lang } from '../core/catalog/types.ts';
import type { HistoryProblem } from '../core/history/store-error.ts';
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
  problem(problem: HistoryProblem): string;
  /** A failure the browser explains in its own words (`detail`). */
  failed(detail: string): string;
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
  problem(problem) {
    const reopen = 'Reopen DevTools to see the history again.';
    switch (problem.kind) {
      case 'upgrade':
        return `Another window is upgrading or deleting Faultline's history, so this window let go of it. ${reopen}`;
      case 'terminated':
        return `The browser closed Faultline's history (site data cleared, or a storage failure). ${reopen}`;
      case 'closed':
        return 'This history store is closed.';
      case 'blocked':
        return (
          "Faultline's history needs an upgrade, but another DevTools window running an older Faultline holds " +
          'it open. Close the other DevTools windows and reopen this one.'
        );
      case 'newer':
        return (
          `Faultline's history was written by a newer Faultline (database version above ${problem.version}), ` +
          'which this version cannot read. Update Faultline, or remove its data to start a new history.'
        );
      case 'full':
        return (
          `Faultline's history is full: the browser refused to store ${problem.batch} new ` +
          `${plural('en', problem.batch, { one: 'record', other: 'records' })} even after the ${problem.freed} ` +
          `oldest ${plural('en', problem.freed, { one: 'was', other: 'were' })} removed to make room. Nothing from this batch was saved and the rest of the history ` +
          'is intact. Lower the history size in the settings or clear the history.'
        );
    }
  },
  failed: (detail) => `The history could not be read or written: ${detail}`,
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
  problem(problem) {
    const reopen = '履歴を再び表示するには DevTools を開き直してください。';
    switch (problem.kind) {
      case 'upgrade':
        return `別のウィンドウが Faultline の履歴を更新または削除しているため、このウィンドウは履歴を閉じました。${reopen}`;
      case 'terminated':
        return `ブラウザーが Faultline の履歴を閉じました (サイトデータの消去、またはストレージの障害)。${reopen}`;
      case 'closed':
        return 'この履歴ストアは閉じられています。';
      case 'blocked':
        return '履歴の更新が必要ですが、古い Faultline を実行している別の DevTools ウィンドウが履歴を開いています。ほかの DevTools ウィンドウを閉じてから、このウィンドウを開き直してください。';
      case 'newer':
        return `履歴は新しい Faultline (データベースのバージョン ${problem.version} より新しい) で書かれているため、このバージョンでは読めません。Faultline を更新するか、データを削除して新しい履歴を始めてください。`;
      case 'full':
        return `Faultline の履歴がいっぱいです: 古い記録 ${problem.freed} 件を削除しても、ブラウザーは新しい記録 ${problem.batch} 件の保存を拒否しました。このバッチは保存されず、残りの履歴はそのままです。設定で履歴の件数を減らすか、履歴を消去してください。`;
    }
  },
  failed: (detail) => `履歴を読み書きできませんでした: ${detail}`,
};

export const HISTORY_WORDS: Record<Lang, HistoryWords> = { en, ja };
