import { BUILTIN_PACKS } from '../families/builtin-packs.ts';
import type { CodeText, Pack, PackFamily } from '../packs/pack.ts';

/** One explanation of a code and the pack it comes from. */
export interface SourcedText {
  pack: string;
  builtin: boolean;
  text: CodeText;
}

export interface Catalog {
  /** Every explanation of the code in `family`, built-in first, exact spelling before case-folded. */
  code(family: string, code: string): readonly SourcedText[];
  family(family: string): { pack: string; builtin: boolean; family: PackFamily } | undefined;
}

/**
 * Indexes packs for look-up. Built-in packs come first; a team pack's text for a code that already has an
 * explanation is kept beside it, never in its place.
 */
export function createCatalog(teamPacks: readonly Pack[] = []): Catalog {
  const exact = new Map<string, SourcedText[]>();
  const folded = new Map<string, SourcedText[]>();
  const families = new Map<string, { pack: string; builtin: boolean; family: PackFamily }>();
  const add = (pack: Pack, builtin: boolean) => {
    for (const family of pack.families) {
      if (!families.has(family.id)) families.set(family.id, { pack: pack.name, builtin, family });
    }
    for (const [family, codes] of Object.entries(pack.codes ?? {})) {
      for (const [code, text] of Object.entries(codes)) {
        const sourced = { pack: pack.name, builtin, text };
        push(exact, keyOf(family, code), sourced);
        push(folded, keyOf(family, code.toLowerCase()), sourced);
      }
    }
  };
  for (const pack of BUILTIN_PACKS) add(pack, true);
  for (const pack of teamPacks) add(pack, false);
  return {
    code: (family, code) =>
      exact.get(keyOf(family, code)) ?? folded.get(keyOf(family, code.toLowerCase())) ?? [],
    family: (family) => families.get(family),
  };
}

export const BUILTIN_CATALOG = createCatalog();

function push(map: Map<string, SourcedText[]>, key: string, text: SourcedText): void {
  const list = map.get(key);
  if (list) list.push(text);
  else map.set(key, [text]);
}

function keyOf(family: string, code: string): string {
  return `${family}\u0000${code}`;
}
