import { DICTIONARY } from '../i18n/dictionary.ts';
import type { CliProblem } from '../i18n/cli-words.ts';

/**
 * A problem with what the user gave the CLI: reported on one line of stderr in `--lang`, exit code 2, no
 * stack trace. The message is the English wording, for anything that logs the error itself.
 */
export class CliError extends Error {
  /** Whether the usage text helps: it does for a wrong command line, not for a wrong file. */
  readonly showUsage: boolean;

  constructor(
    readonly problem: CliProblem,
    showUsage = false,
  ) {
    super(DICTIONARY.en.cli.problem(problem));
    this.name = 'CliError';
    this.showUsage = showUsage;
  }
}
