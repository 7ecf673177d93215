import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { CliWords } from '../i18n/cli-words.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import { messageLang, parseCommand, type Command, type Format } from './args.ts';
import { CliError } from './cli-error.ts';
import { jsonLayout } from './format-json.ts';
import { markdownLayout } from './format-markdown.ts';
import { textLayout } from './format-text.ts';
import { openInput } from './input.ts';
import { checkPackFile, loadPacks } from './packs.ts';
import { createProgressLine } from './progress-line.ts';
import { packEngine } from '../core/packs/team-packs.ts';
import type { ReportLayout } from './report-layout.ts';
import { createReportWriter } from './report-writer.ts';
import { sanitize, sanitizeSummary } from './sanitize.ts';
import { createTextSink } from './text-sink.ts';
import { scan, type ScanSummary } from './scan.ts';

const LAYOUTS: Record<Format, ReportLayout> = {
  json: jsonLayout,
  markdown: markdownLayout,
  text: textLayout,
};

/**
 * `faultline scan FILE.har` and `faultline sanitize FILE.har`: exit 0 when done, 1 for errors found under
 * --fail-on-error, 2 for bad input.
 */
async function main(argv: readonly string[]): Promise<number> {
  // Known before the command line is read through, so that its own mistakes are told in --lang too.
  const lang = messageLang(argv);
  const words = DICTIONARY[lang].cli;
  const progress = createProgressLine(process.stderr, lang);
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      process.stdout.write(`${words.usage}\n`);
      return 0;
    }
    if (command.kind === 'pack-check') {
      const result = await checkPackFile(command.file, command.lang);
      process.stdout.write(result.text);
      return result.ok ? 0 : 1;
    }
    if (command.kind === 'sanitize') return await runSanitize(command);
    if (command.raw) process.stderr.write(`faultline: ${words.rawWarning}\n`);
    const engine = packEngine(await loadPacks(command.packs, command.lang));
    const input = await openInput(command.file, process.stdin);
    const writer = createReportWriter(process.stdout, LAYOUTS[command.format], command.lang);
    const showProgress = process.stderr.isTTY === true && !command.quiet;
    const summary = await scan(
      input.chunks,
      command.lang,
      (finding) => writer.finding(finding),
      (counts) => showProgress && progress.update({ ...counts, read: input.read, total: input.total }),
      engine,
      command.raw,
    );
    progress.done();
    await writer.end(summary.entryCount);
    warnSkipped(summary.skipped, words);
    return command.failOnError && summary.findings > 0 ? 1 : 0;
  } catch (error) {
    progress.done();
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(
      `faultline: ${words.problem(error.problem)}\n${error.showUsage ? `${words.usage}\n` : ''}`,
    );
    return 2;
  }
}

async function runSanitize(command: Extract<Command, { kind: 'sanitize' }>): Promise<number> {
  const input = await openInput(command.file, process.stdin);
  if (command.output === '-') {
    const sink = createTextSink(process.stdout);
    const summary = await sanitize(input.chunks, sink.write);
    await sink.flush();
    process.stderr.write(`faultline: ${sanitizeSummary(summary, command.lang)}\n`);
    return 0;
  }
  // Written beside the target and renamed at the end: a HAR found malformed half way leaves no half file.
  const partial = `${command.output}.${process.pid}.partial`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (error) =>
      reject(new CliError({ kind: 'cannot-write', file: command.output, detail: error.message })),
    ),
  );
  try {
    const sink = createTextSink(out);
    const summary = await Promise.race([sanitize(input.chunks, sink.write), failed]);
    await Promise.race([sink.flush(), failed]);
    await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed]);
    await rename(partial, command.output);
    process.stderr.write(`faultline: ${sanitizeSummary(summary, command.lang)}\n`);
    return 0;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

function warnSkipped({ count, first }: ScanSummary['skipped'], words: CliWords): void {
  if (count === 0) return;
  const shown = first.join(', ') + (count > first.length ? ', …' : '');
  process.stderr.write(`faultline: ${words.skipped(count, shown)}\n`);
}

// A reader that stops early (`| head`) closes the pipe: the rest of the report is simply not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2));
