import { DICTIONARY } from '../../i18n/dictionary.ts';

/**
 * Why the history store cannot do what was asked, as data, so each window words it in its own language.
 * `upgrade`: another window is upgrading or deleting the database; `terminated`: the browser closed it;
 * `closed`: this store was closed; `full`: the browser refused `batch` records after `freed` were pruned;
 * `newer`: a newer Faultline wrote it; `blocked`: an older window holds it open during an upgrade.
 */
export type HistoryProblem =
  | { kind: 'upgrade' | 'terminated' | 'closed' | 'blocked' }
  | { kind: 'newer'; version: number }
  | { kind: 'full'; batch: number; freed: number };

export class HistoryStoreError extends Error {
  constructor(
    readonly problem: HistoryProblem,
    options?: ErrorOptions,
  ) {
    // English in the message for logs and tests; the panel words `problem` in the user's language.
    super(DICTIONARY.en.history.problem(problem), options);
    this.name = 'HistoryStoreError';
  }
}
