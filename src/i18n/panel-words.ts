import type { Lang } from '../core/catalog/types.ts';
import type { InvalidReason } from '../core/filter/parse.ts';
import { plural } from './plural.ts';

/** The words of the panel's errors view, finding detail and settings, in both of its languages. */
export interface PanelWords {
  clear: string;
  emptyTitle(since: string): string;
  emptyHint: string;
  selectHint: string;
  meaning: string;
  docs: string;
  /** The link the API's own response gives. */
  apiDocs: string;
  hints: string;
  nested(count: number): string;
  request: string;
  response: string;
  headers: string;
  body: string;
  noBody: string;
  truncated: string;
  bodyNotes: Partial<Record<'not-captured' | 'too-large' | 'unreadable' | 'empty', string>>;
  tabs: { label: string; errors(count: number): string; history: string; settings: string };
  /** The heading of each view, for screen readers' outline. */
  headings: { errors: string; history: string; settings: string };
  filter: {
    label: string;
    placeholder: string;
    count(shown: number, total: number): string;
    invalid(raw: string, reason: InvalidReason): string;
    none: string;
  };
  copy: {
    id: string;
    report: string;
    reportSelected(count: number): string;
    copied: string;
    copiedFallback: string;
    failed: string;
    preview: string;
    redactedTitle: string;
  };
  errors: {
    exportHar(count: number): string;
    list: string;
    viewGroups: string;
    /** The marker under the errors of a page the tab loaded: what happened, where, and when. */
    pageChange(kind: 'navigate' | 'reload', url: string, time: string): string;
  };
  groups: {
    label: string;
    errors(count: number): string;
    firstSeen: string;
    lastSeen: string;
    timeline: string;
    copyReport(count: number): string;
    hint: string;
  };
  settings: {
    historyCap: string;
    recordPrivate: string;
    reportFormat: string;
    text: string;
    language: string;
    auto: string;
  };
}

const en: PanelWords = {
  clear: 'Clear',
  emptyTitle: (since) => `No API errors yet — captured since ${since}`,
  emptyHint:
    "Faultline lists the failed API calls of this tab that DevTools' Network panel records, from the moment DevTools opened. Requests made before DevTools started recording are not kept by the browser: reload the page to capture them.",
  selectHint: 'Select an error to see what it means, what to do and its correlation ids.',
  meaning: 'What it means',
  docs: 'Documentation',
  apiDocs: "The API's own documentation",
  hints: 'Found in this exchange',
  nested: (n) => `Failed parts of the batch (${n})`,
  request: 'Request',
  response: 'Response',
  headers: 'Headers',
  body: 'Body',
  noBody: 'No body.',
  truncated: 'Shown in part: the body is longer than the preview.',
  bodyNotes: {
    'not-captured':
      'Body not captured: the request finished before DevTools opened, or the browser no longer holds its body.',
    'too-large': 'Body not analysed: it is larger than the size Faultline reads.',
    unreadable: 'Body not analysed: it could not be decoded.',
    empty: 'The response had an empty body.',
  },
  tabs: { label: 'Views', errors: (n) => `Errors (${n})`, history: 'History', settings: 'Settings' },
  headings: { errors: 'API errors of this tab', history: 'History of API errors', settings: 'Settings' },
  filter: {
    label: 'Filter errors',
    placeholder: 'Filter: text, status:5xx, code:, host:*.example.com, family:, method:, id:, -exclude',
    count: (shown, total) => `${shown} of ${total} ${plural('en', total, { one: 'error', other: 'errors' })}`,
    invalid: (raw, reason) =>
      reason === 'status'
        ? `Ignored “${raw}”: a status is three digits, any of them x (429, 5xx).`
        : `Ignored “${raw}”: it has no value.`,
    none: 'No error matches the filter. Escape clears it.',
  },
  copy: {
    id: 'Copy',
    report: 'Copy report',
    reportSelected: (n) => `Copy report (${n})`,
    copied: 'Copied to the clipboard.',
    copiedFallback: 'Copied to the clipboard (fallback).',
    failed: 'The browser refused to copy. Select the text and copy it by hand.',
    preview: 'What the report will contain',
    redactedTitle: 'Removed: a secret will not leave the panel',
  },
  errors: {
    exportHar: (n) => `Export sanitized HAR (${n})`,
    list: 'API errors',
    viewGroups: 'Grouped by code and host',
    pageChange: (kind, url, time) =>
      kind === 'reload' ? `Reloaded ${url} at ${time}` : `Navigated to ${url} at ${time}`,
  },
  groups: {
    label: 'API errors grouped by code and host',
    errors: (n) => `${n} ${plural('en', n, { one: 'error', other: 'errors' })}`,
    firstSeen: 'First seen',
    lastSeen: 'Last seen',
    timeline: 'When they happened',
    copyReport: (n) => `Copy one report of the group (${n})`,
    hint: 'Enter or → lists the errors of a group; ← folds it.',
  },
  settings: {
    historyCap: 'Records kept in the history',
    recordPrivate: 'Record errors of private windows',
    reportFormat: 'Report format',
    text: 'Plain text',
    language: 'Language',
    auto: 'Browser language',
  },
};

const ja: PanelWords = {
  clear: 'クリア',
  emptyTitle: (since) => `API エラーはまだありません — ${since} から記録中`,
  emptyHint:
    'Faultline は、DevTools を開いた時点からネットワークパネルが記録する、このタブで失敗した API 呼び出しを一覧します。DevTools が記録を始める前のリクエストはブラウザーに残らないため、取得するにはページを再読み込みしてください。',
  selectHint: 'エラーを選択すると、意味・対処方法・相関 ID を表示します。',
  meaning: '意味',
  docs: 'ドキュメント',
  apiDocs: 'API が示すドキュメント',
  hints: 'この通信から分かったこと',
  nested: (n) => `バッチ内の失敗した要求 (${n})`,
  request: '要求',
  response: '応答',
  headers: 'ヘッダー',
  body: '本文',
  noBody: '本文はありません。',
  truncated: '本文がプレビューより長いため、一部のみ表示しています。',
  bodyNotes: {
    'not-captured':
      '本文は取得されていません: DevTools を開く前に完了した要求か、ブラウザーが本文を保持していません。',
    'too-large': '本文は解析していません: Faultline が読み取るサイズを超えています。',
    unreadable: '本文は解析していません: デコードできませんでした。',
    empty: '応答の本文は空でした。',
  },
  tabs: { label: '表示', errors: (n) => `エラー (${n})`, history: '履歴', settings: '設定' },
  headings: { errors: 'このタブの API エラー', history: 'API エラーの履歴', settings: '設定' },
  filter: {
    label: 'エラーを絞り込む',
    placeholder: '絞り込み: テキスト, status:5xx, code:, host:*.example.com, family:, method:, id:, -除外',
    count: (shown, total) => `${total} 件中 ${shown} 件`,
    invalid: (raw, reason) =>
      reason === 'status'
        ? `「${raw}」は無視しました: ステータスは 3 桁で、どの桁も x にできます (429, 5xx)。`
        : `「${raw}」は無視しました: 値がありません。`,
    none: '絞り込みに一致するエラーはありません。Escape で解除します。',
  },
  copy: {
    id: 'コピー',
    report: 'レポートをコピー',
    reportSelected: (n) => `レポートをコピー (${n})`,
    copied: 'クリップボードにコピーしました。',
    copiedFallback: 'クリップボードにコピーしました (代替方式)。',
    failed: 'ブラウザーがコピーを拒否しました。テキストを選択して手動でコピーしてください。',
    preview: 'レポートの内容',
    redactedTitle: '削除済み: 秘密情報はパネルの外に出ません',
  },
  errors: {
    exportHar: (n) => `サニタイズ済み HAR をエクスポート (${n})`,
    list: 'API エラー',
    viewGroups: 'コードとホストでグループ化',
    pageChange: (kind, url, time) =>
      kind === 'reload' ? `${time} に ${url} を再読み込みしました` : `${time} に ${url} へ移動しました`,
  },
  groups: {
    label: 'コードとホストでグループ化した API エラー',
    errors: (n) => `${n} 件`,
    firstSeen: '最初',
    lastSeen: '最後',
    timeline: '発生した時刻',
    copyReport: (n) => `グループのレポートをまとめてコピー (${n})`,
    hint: 'Enter または → でグループのエラーを表示し、← で閉じます。',
  },
  settings: {
    historyCap: '履歴に保持する件数',
    recordPrivate: 'プライベートウィンドウのエラーも記録する',
    reportFormat: 'レポートの形式',
    text: 'プレーンテキスト',
    language: '言語',
    auto: 'ブラウザーの言語',
  },
};

export const PANEL_WORDS: Record<Lang, PanelWords> = { en, ja };
