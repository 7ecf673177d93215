import { readFile, stat } from 'node:fs/promises';
import type { Lang } from '../core/catalog/types.ts';
import type { Pack } from '../core/packs/pack.ts';
import { checkTeamPack, summarizePack } from '../core/packs/team-packs.ts';
import { PACK_LIMITS, type PackProblem } from '../core/packs/validate-pack.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import { CliError } from './cli-error.ts';
import { printable } from '../core/report/printable.ts';

/** Loads `--pack` files in order; the first one with problems stops the command, naming each problem. */
export async function loadPacks(files: readonly string[], lang: Lang): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const file of files) {
    const check = checkTeamPack(await readPackFile(file), packs);
    if (!check.ok) {
      const problems = {
        kind: 'pack-problems',
        file: printable(file),
        count: check.problems.length,
      } as const;
      throw new CliError({ ...problems, lines: problemLines(check.problems, lang) });
    }
    packs.push(check.pack);
  }
  return packs;
}

/** `faultline pack check FILE`: every problem with its JSON Pointer (exit 1), or what the pack holds. */
export async function checkPackFile(file: string, lang: Lang): Promise<{ text: string; ok: boolean }> {
  const words = DICTIONARY[lang].cli.pack;
  const check = checkTeamPack(await readPackFile(file));
  if (!check.ok) {
    return {
      ok: false,
      text: `${printable(file)}: ${words.problems(check.problems.length)}\n${problemLines(check.problems, lang)}\n`,
    };
  }
  const summary = summarizePack(check.pack);
  const families = summary.families.map((f) => `${f.id} (${printable(f.label)})`).join(', ') || '-';
  return {
    ok: true,
    text:
      `${printable(summary.name)}: ${words.valid}\n` +
      `  ${words.families}: ${families}\n` +
      `  ${words.codes}: ${summary.codes}\n` +
      `  ${words.languages}: ${summary.languages.join(', ') || '-'}\n`,
  };
}

function problemLines(problems: readonly PackProblem[], lang: Lang): string {
  const whole = DICTIONARY[lang].cli.pack.file;
  return problems
    .map(
      (p) =>
        `  ${p.pointer ? printable(p.pointer) : whole}: ${printable(DICTIONARY[lang].packs.issue(p.issue))}`,
    )
    .join('\n');
}

async function readPackFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError({ kind: 'not-a-pack-file', file: printable(file) });
    // UTF-8 takes up to 4 bytes a character: a larger file cannot be within the cap.
    if (info.size > PACK_LIMITS.chars * 4) {
      throw new CliError({
        kind: 'pack-too-large',
        file: printable(file),
        bytes: info.size,
        max: PACK_LIMITS.chars,
      });
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? { kind: 'no-pack-file', file: printable(file) }
        : { kind: 'cannot-read-pack', file: printable(file), detail: code ?? String(error) },
    );
  }
}
