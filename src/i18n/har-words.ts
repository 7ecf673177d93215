import type { Lang } from '../core/catalog/types.ts';
import type { HarProblem } from '../core/ingest/har-input-error.ts';

/** Why a file is not a HAR, for the CLI and the panel's Open HAR… alike. */
export interface HarWords {
  problem(problem: HarProblem): string;
}

const en: HarWords = {
  problem: (p) =>
    p.kind === 'no-entries'
      ? 'JSON but not a HAR file: no log.entries array'
      : `not JSON: ${p.found === null ? 'unexpected end of input' : `unexpected ${JSON.stringify(p.found)}`} ` +
        `at line ${p.line}, column ${p.column} (offset ${p.offset})`,
};

const ja: HarWords = {
  problem: (p) =>
    p.kind === 'no-entries'
      ? 'JSON ですが HAR ファイルではありません: log.entries の配列がありません'
      : `JSON ではありません: ${p.line} 行 ${p.column} 列 (オフセット ${p.offset}) で` +
        `${p.found === null ? '入力が途中で終わっています' : `予期しない ${JSON.stringify(p.found)} があります`}`,
};

export const HAR_WORDS: Record<Lang, HarWords> = { en, ja };
