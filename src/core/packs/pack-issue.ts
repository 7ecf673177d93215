import type { PointerIssue } from '../parse/json-pointer.ts';

/**
 * What is wrong at one place of a pack, as data: the panel and the CLI word it in their user's language
 * (src/i18n/pack-issue-words.ts). `max` and `count` are the cap and what the pack has.
 */
export type PackIssue =
  | { kind: 'file-too-long'; count: number; max: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-json-object' }
  | { kind: 'format'; format: string }
  | { kind: 'name' }
  | { kind: 'families-list' }
  | { kind: 'too-many-families'; count: number; max: number }
  | { kind: 'object' }
  | { kind: 'family-id' }
  | { kind: 'family-exists'; id: string }
  | { kind: 'family-twice'; id: string }
  | { kind: 'envelope-required' }
  | { kind: 'match' }
  | { kind: 'host' }
  | { kind: 'header' }
  | { kind: 'when-required' }
  | { kind: 'conditions-count'; max: number }
  | { kind: 'pointers-count'; max: number }
  | { kind: 'id-source' }
  | { kind: 'pointer-or-header' }
  | { kind: 'condition' }
  | { kind: 'equals' }
  | { kind: 'pointer' }
  | { kind: 'pointer-whole' }
  | PointerIssue
  | { kind: 'codes-object' }
  | { kind: 'unknown-family'; family: string }
  | { kind: 'family-codes-object' }
  | { kind: 'code-length' }
  | { kind: 'code-entry' }
  | { kind: 'required' }
  | { kind: 'status' }
  | { kind: 'too-many-codes'; count: number; max: number }
  | { kind: 'languages' }
  | { kind: 'no-language' }
  | { kind: 'too-many-languages'; max: number }
  | { kind: 'language-tag'; tag: string }
  | { kind: 'list' }
  | { kind: 'too-many-items'; count: number; max: number }
  | { kind: 'empty-text' }
  | { kind: 'too-long'; count: number; max: number }
  | { kind: 'link' }
  | { kind: 'member'; allowed: readonly string[] };
