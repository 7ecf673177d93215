import type { Lang } from '../core/catalog/types.ts';
import type { PackIssue } from '../core/packs/pack-issue.ts';

/** What the pack validator found, after the JSON Pointer of where: "/name: must be …". */
type IssueWords = (issue: PackIssue) => string;

const en: IssueWords = (issue) => {
  switch (issue.kind) {
    case 'file-too-long':
      return `is ${issue.count} characters; a pack may have at most ${issue.max}`;
    case 'not-json':
      return `is not JSON: ${issue.detail}`;
    case 'not-json-object':
      return 'must be a JSON object';
    case 'format':
      return `must be "${issue.format}"`;
    case 'name':
      return 'must be 1-64 letters, digits, ".", "_", "/" or "-", starting with a letter or digit';
    case 'families-list':
      return 'must be a list of families (it may be empty)';
    case 'too-many-families':
      return `has ${issue.count} families; a pack may declare at most ${issue.max}`;
    case 'object':
      return 'must be an object';
    case 'family-id':
      return 'must be 1-48 lower-case letters, digits or "-", starting with a letter or digit';
    case 'family-exists':
      return `"${issue.id}" is already a family; add codes to it under /codes/${issue.id} instead`;
    case 'family-twice':
      return `"${issue.id}" is declared twice`;
    case 'envelope-required':
      return 'is required: it says where the error, its code and message are';
    case 'match':
      return 'must be an object with hosts and/or headers';
    case 'host':
      return 'must be a lower-case host name, or "*." and a host name (no ports, paths or patterns)';
    case 'header':
      return 'must be an HTTP header name';
    case 'when-required':
      return 'is required: the member whose presence marks an error';
    case 'conditions-count':
      return `must list 1 to ${issue.max} conditions`;
    case 'pointers-count':
      return `must list 1 to ${issue.max} JSON Pointers`;
    case 'id-source':
      return 'must be an object with name and pointer, or name and header';
    case 'pointer-or-header':
      return 'must have exactly one of pointer or header';
    case 'condition':
      return 'must be a JSON Pointer or {"pointer", "equals"}';
    case 'equals':
      return 'must be a string, a number or true/false';
    case 'pointer':
      return 'must be a JSON Pointer (a string starting with "/", at most 256 characters)';
    case 'pointer-whole':
      return 'must point inside the body, not at the whole of it';
    case 'pointer-start':
      return 'must be a JSON Pointer starting with "/"';
    case 'pointer-tokens':
      return `must have at most ${issue.max} reference tokens`;
    case 'pointer-tilde':
      return 'has "~" not followed by 0 or 1 (write "~0" for "~" and "~1" for "/")';
    case 'codes-object':
      return 'must be an object: family → code → explanation';
    case 'unknown-family':
      return `"${issue.family}" is neither a family of this pack nor a built-in family`;
    case 'family-codes-object':
      return 'must be an object: code → explanation';
    case 'code-length':
      return 'the code must be 1-200 characters';
    case 'code-entry':
      return 'must be an object with meaning, and optionally remediation, docs and status';
    case 'required':
      return 'is required';
    case 'status':
      return 'must be an HTTP status, 100-599';
    case 'too-many-codes':
      return `has ${issue.count} codes; a pack may explain at most ${issue.max}`;
    case 'languages':
      return 'must be an object keyed by language: {"en": …, "ja": …}';
    case 'no-language':
      return 'must have at least one language';
    case 'too-many-languages':
      return `may have at most ${issue.max} languages`;
    case 'language-tag':
      return `"${issue.tag}" is not a language tag such as "en", "ja" or "pt-BR"`;
    case 'list':
      return 'must be a list';
    case 'too-many-items':
      return `has ${issue.count} items; at most ${issue.max} are allowed`;
    case 'empty-text':
      return 'must be a non-empty string';
    case 'too-long':
      return `is ${issue.count} characters; at most ${issue.max} are allowed`;
    case 'link':
      return 'must be an http(s) URL';
    case 'member':
      return `is not a member of pack/1 here (allowed: ${issue.allowed.join(', ')})`;
  }
};

const ja: IssueWords = (issue) => {
  switch (issue.kind) {
    case 'file-too-long':
      return `${issue.count} 文字あります。パックは最大 ${issue.max} 文字です`;
    case 'not-json':
      return `JSON ではありません: ${issue.detail}`;
    case 'not-json-object':
      return 'JSON のオブジェクトである必要があります';
    case 'format':
      return `"${issue.format}" である必要があります`;
    case 'name':
      return '英数字・"."・"_"・"/"・"-" の 1～64 文字で、英数字で始まる必要があります';
    case 'families-list':
      return 'ファミリーの配列である必要があります (空でもかまいません)';
    case 'too-many-families':
      return `ファミリーが ${issue.count} 個あります。パックで宣言できるのは最大 ${issue.max} 個です`;
    case 'object':
      return 'オブジェクトである必要があります';
    case 'family-id':
      return '英小文字・数字・"-" の 1～48 文字で、英小文字か数字で始まる必要があります';
    case 'family-exists':
      return `"${issue.id}" は既存のファミリーです。コードは /codes/${issue.id} に追加してください`;
    case 'family-twice':
      return `"${issue.id}" が 2 回宣言されています`;
    case 'envelope-required':
      return '必須です: エラーとそのコード・メッセージの場所を示します';
    case 'match':
      return 'hosts と headers の一方または両方を持つオブジェクトである必要があります';
    case 'host':
      return '小文字のホスト名、または "*." とホスト名である必要があります (ポート・パス・パターンは不可)';
    case 'header':
      return 'HTTP ヘッダー名である必要があります';
    case 'when-required':
      return '必須です: エラーであることを示すメンバーです';
    case 'conditions-count':
      return `条件は 1～${issue.max} 個である必要があります`;
    case 'pointers-count':
      return `JSON Pointer は 1～${issue.max} 個である必要があります`;
    case 'id-source':
      return 'name と pointer、または name と header を持つオブジェクトである必要があります';
    case 'pointer-or-header':
      return 'pointer と header のどちらか一方だけを持つ必要があります';
    case 'condition':
      return 'JSON Pointer か {"pointer", "equals"} である必要があります';
    case 'equals':
      return '文字列・数値・true/false のいずれかである必要があります';
    case 'pointer':
      return 'JSON Pointer ("/" で始まる 256 文字以内の文字列) である必要があります';
    case 'pointer-whole':
      return '本文全体ではなく、本文の中を指す必要があります';
    case 'pointer-start':
      return '"/" で始まる JSON Pointer である必要があります';
    case 'pointer-tokens':
      return `参照トークンは最大 ${issue.max} 個です`;
    case 'pointer-tilde':
      return '"~" の後に 0 か 1 がありません ("~" は "~0"、"/" は "~1" と書きます)';
    case 'codes-object':
      return 'オブジェクト (ファミリー → コード → 説明) である必要があります';
    case 'unknown-family':
      return `"${issue.family}" はこのパックのファミリーでも組み込みのファミリーでもありません`;
    case 'family-codes-object':
      return 'オブジェクト (コード → 説明) である必要があります';
    case 'code-length':
      return 'コードは 1～200 文字である必要があります';
    case 'code-entry':
      return 'meaning と、必要なら remediation・docs・status を持つオブジェクトである必要があります';
    case 'required':
      return '必須です';
    case 'status':
      return 'HTTP ステータス (100～599) である必要があります';
    case 'too-many-codes':
      return `コードが ${issue.count} 個あります。パックで説明できるのは最大 ${issue.max} 個です`;
    case 'languages':
      return '言語をキーとするオブジェクトである必要があります: {"en": …, "ja": …}';
    case 'no-language':
      return '少なくとも 1 つの言語が必要です';
    case 'too-many-languages':
      return `言語は最大 ${issue.max} 個です`;
    case 'language-tag':
      return `"${issue.tag}" は "en"・"ja"・"pt-BR" のような言語タグではありません`;
    case 'list':
      return '配列である必要があります';
    case 'too-many-items':
      return `項目が ${issue.count} 個あります。最大 ${issue.max} 個です`;
    case 'empty-text':
      return '空でない文字列である必要があります';
    case 'too-long':
      return `${issue.count} 文字あります。最大 ${issue.max} 文字です`;
    case 'link':
      return 'http(s) の URL である必要があります';
    case 'member':
      return `ここでは pack/1 のメンバーではありません (使えるのは ${issue.allowed.join('・')})`;
  }
};

export const PACK_ISSUE_WORDS: Record<Lang, IssueWords> = { en, ja };
