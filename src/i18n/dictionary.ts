import type { Lang } from '../core/catalog/types.ts';
import { CLI_WORDS, type CliWords } from './cli-words.ts';
import { HAR_WORDS, type HarWords } from './har-words.ts';
import { HISTORY_WORDS, type HistoryWords } from './history-words.ts';
import { IMPORT_WORDS, type ImportWords } from './import-words.ts';
import { PACK_WORDS, type PackWords } from './pack-words.ts';
import { PANEL_WORDS, type PanelWords } from './panel-words.ts';
import { REPORT_WORDS, type ReportWords } from './report-words.ts';

/**
 * Every word Faultline shows, for the panel and the CLI alike. Each area keeps its words in its own file;
 * `Record<Lang, …>` there makes the compiler refuse a language that lacks a key.
 */
export interface Dictionary extends PanelWords {
  history: HistoryWords;
  packs: PackWords;
  import: ImportWords;
  report: ReportWords;
  cli: CliWords;
  har: HarWords;
}

function dictionary(lang: Lang): Dictionary {
  return {
    ...PANEL_WORDS[lang],
    history: HISTORY_WORDS[lang],
    packs: PACK_WORDS[lang],
    import: IMPORT_WORDS[lang],
    report: REPORT_WORDS[lang],
    cli: CLI_WORDS[lang],
    har: HAR_WORDS[lang],
  };
}

export const DICTIONARY: Record<Lang, Dictionary> = { en: dictionary('en'), ja: dictionary('ja') };
