import { defineEntries } from '../../catalog/define.ts';

/** The `code` of each item in a 422 response's errors[]. */
export const GITHUB = defineEntries('github', [
  {
    code: 'missing',
    status: 422,
    meaning: [
      'A resource the request refers to does not exist.',
      '要求が参照しているリソースが存在しません。',
    ],
    steps: [
      [
        'Check the resource and field named in the error (a label, milestone, user or branch, for example) and create it first if needed.',
        'エラーに示されたリソースとフィールド (ラベル、マイルストーン、ユーザー、ブランチなど) を確認し、必要なら先に作成してください。',
      ],
    ],
  },
  {
    code: 'missing_field',
    status: 422,
    meaning: ['A required field was not set.', '必須フィールドが設定されていません。'],
    steps: [
      [
        'Add the field named in the error; field names are case-sensitive snake_case (head_branch, not headBranch).',
        'エラーに示されたフィールドを追加してください。フィールド名は大文字と小文字が区別されるスネークケースです (headBranch ではなく head_branch)。',
      ],
    ],
  },
  {
    code: 'invalid',
    status: 422,
    meaning: ['The format of a field is invalid.', 'フィールドの形式が無効です。'],
    steps: [
      [
        "Check the field's type and format on the endpoint's documentation page (allowed values, date format, length).",
        'エンドポイントのドキュメントで、フィールドの型と形式 (許可される値、日付の形式、長さ) を確認してください。',
      ],
    ],
  },
  {
    code: 'already_exists',
    status: 422,
    meaning: [
      'Another resource has the same value in a field that must be unique (a label name, for example).',
      '一意である必要があるフィールド (ラベル名など) に、同じ値を持つ別のリソースが既に存在します。',
    ],
    steps: [
      [
        'Use a different value, or update the existing resource instead of creating a new one.',
        '別の値を使うか、新しく作成する代わりに既存のリソースを更新してください。',
      ],
    ],
  },
  {
    code: 'unprocessable',
    status: 422,
    meaning: ['The inputs provided were invalid.', '指定された入力値が無効です。'],
    steps: [
      [
        'Read the message of the error item and check the inputs against the endpoint documentation.',
        'エラー項目の message を確認し、入力値をエンドポイントのドキュメントと照合してください。',
      ],
    ],
  },
  {
    code: 'custom',
    status: 422,
    meaning: [
      'A resource-specific validation failed; the message of the error item explains it.',
      'リソース固有の検証に失敗しました。エラー項目の message に説明があります。',
    ],
    steps: [
      [
        'Read the message of the error item: custom errors always carry one.',
        'エラー項目の message を確認してください。custom エラーには必ず含まれています。',
      ],
    ],
  },
]);
