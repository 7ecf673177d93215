/** A problem with what the user gave the CLI: reported on one line of stderr, exit code 2, no stack trace. */
export class CliError extends Error {
  /** Whether the usage text helps: it does for a wrong command line, not for a wrong file. */
  readonly showUsage: boolean;

  constructor(message: string, showUsage = false) {
    super(message);
    this.name = 'CliError';
    this.showUsage = showUsage;
  }
}
