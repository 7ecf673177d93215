import type { Lang } from '../core/catalog/types.ts';
import { parseCommand, USAGE, type Format } from './args.ts';
import { CliError } from './cli-error.ts';
import { formatJson } from './format-json.ts';
import { formatMarkdown } from './format-markdown.ts';
import { formatText } from './format-text.ts';
import { readInput } from './read-input.ts';
import { scan, type ScanResult } from './scan.ts';

/** `faultline scan FILE.har`: exit 0 when done, 1 for errors found under --fail-on-error, 2 for bad input. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const result = scan(await readInput(command.file, process.stdin), command.lang);
    warnSkipped(result.skipped);
    process.stdout.write(render(result, command.format, command.lang));
    return command.failOnError && result.report.findings.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`faultline: ${error.message}\n${error.showUsage ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

function render({ report, entryCount }: ScanResult, format: Format, lang: Lang): string {
  if (format === 'json') return formatJson(report);
  return format === 'markdown'
    ? formatMarkdown(report, entryCount, lang)
    : formatText(report, entryCount, lang);
}

function warnSkipped(skipped: readonly number[]): void {
  if (skipped.length === 0) return;
  const shown = skipped.slice(0, 10).join(', ') + (skipped.length > 10 ? ', …' : '');
  const entries = skipped.length === 1 ? 'entry' : 'entries';
  process.stderr.write(
    `faultline: warning: skipped ${skipped.length} malformed ${entries} of log.entries (index ${shown}): ` +
      'each needs a request object and a response with a numeric status\n',
  );
}

// A reader that stops early (`| head`) closes the pipe: the rest of the report is simply not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main(process.argv.slice(2));
