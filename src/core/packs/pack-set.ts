import type { Pack } from './pack.ts';
import { checkTeamPack, summarizePack, type PackSummary } from './team-packs.ts';
import type { PackProblem } from './validate-pack.ts';

/** A team pack as the user keeps it: the file's text, so an export gives back exactly what was imported. */
export interface StoredPack {
  name: string;
  text: string;
  enabled: boolean;
}

export type PackState =
  | { stored: StoredPack; ok: true; pack: Pack; summary: PackSummary }
  | { stored: StoredPack; ok: false; problems: PackProblem[] };

/**
 * Checks stored packs in order, each against the enabled ones before it (a family may be declared once),
 * and gives the packs to use. A stored pack that no longer passes is kept and shown with its problems.
 */
export function packSet(stored: readonly StoredPack[]): { states: PackState[]; enabled: Pack[] } {
  const enabled: Pack[] = [];
  const states = stored.map((entry): PackState => {
    const check = checkTeamPack(entry.text, enabled);
    if (!check.ok) return { stored: entry, ok: false, problems: check.problems };
    if (entry.enabled) enabled.push(check.pack);
    return { stored: entry, ok: true, pack: check.pack, summary: summarizePack(check.pack) };
  });
  return { states, enabled };
}
