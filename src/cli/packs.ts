import { readFile, stat } from 'node:fs/promises';
import type { Lang } from '../core/catalog/types.ts';
import type { Pack } from '../core/packs/pack.ts';
import { checkTeamPack, summarizePack } from '../core/packs/team-packs.ts';
import { PACK_LIMITS, type PackProblem } from '../core/packs/validate-pack.ts';
import { CliError } from './cli-error.ts';
import { printable } from '../core/report/printable.ts';

const WORDS: Record<
  Lang,
  { valid: string; families: string; codes: string; languages: string; problems: (n: number) => string }
> = {
  en: {
    valid: 'a valid pack/1 pack',
    families: 'families',
    codes: 'codes',
    languages: 'languages',
    problems: (n) =>
      `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'problem' : 'problems'}; the pack is not used`,
  },
  ja: {
    valid: '有効な pack/1 のパックです',
    families: 'ファミリー',
    codes: 'コード',
    languages: '言語',
    problems: (n) => `${n} 件の問題があります。このパックは使われません`,
  },
};

/** Loads `--pack` files in order; the first one with problems stops the command, naming each problem. */
export async function loadPacks(files: readonly string[]): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const file of files) {
    const check = checkTeamPack(await readPackFile(file), packs);
    if (!check.ok) {
      throw new CliError(
        `${printable(file)}: ${WORDS.en.problems(check.problems.length)}\n${problemLines(check.problems)}`,
      );
    }
    packs.push(check.pack);
  }
  return packs;
}

/** `faultline pack check FILE`: every problem with its JSON Pointer (exit 1), or what the pack holds. */
export async function checkPackFile(file: string, lang: Lang): Promise<{ text: string; ok: boolean }> {
  const words = WORDS[lang];
  const check = checkTeamPack(await readPackFile(file));
  if (!check.ok) {
    return {
      ok: false,
      text: `${printable(file)}: ${words.problems(check.problems.length)}\n${problemLines(check.problems)}\n`,
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

function problemLines(problems: readonly PackProblem[]): string {
  return problems.map((p) => `  ${printable(p.pointer || '(file)')}: ${printable(p.message)}`).join('\n');
}

async function readPackFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`not a pack file: ${printable(file)}`);
    // UTF-8 takes up to 4 bytes a character: a larger file cannot be within the cap.
    if (info.size > PACK_LIMITS.chars * 4) {
      throw new CliError(
        `${printable(file)}: ${info.size} bytes; a pack may have at most ${PACK_LIMITS.chars} characters`,
      );
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `no such pack file: ${printable(file)}`
        : `cannot read pack ${printable(file)}: ${code ?? String(error)}`,
    );
  }
}
