import type { Detector } from '../analyze/detector.ts';
import { detectorsWith } from '../analyze/registry.ts';
import { createCatalog, type Catalog } from '../catalog/catalog.ts';
import { BUILTIN_FAMILIES } from '../../model/finding.ts';
import { codeCount, packLanguages, type Pack } from './pack.ts';
import { readPack, type PackCheck } from './validate-pack.ts';

/**
 * Checks a team's pack file. `others` are the packs already in use: a family one of them declares cannot be
 * declared again, but its codes may be explained further.
 */
export function checkTeamPack(text: string, others: readonly Pack[] = []): PackCheck {
  const knownFamilies = new Set<string>(BUILTIN_FAMILIES);
  for (const pack of others) for (const family of pack.families) knownFamilies.add(family.id);
  return readPack(text, { knownFamilies });
}

export interface PackSummary {
  name: string;
  families: { id: string; label: string }[];
  codes: number;
  languages: string[];
}

export function summarizePack(pack: Pack): PackSummary {
  return {
    name: pack.name,
    families: pack.families.map(({ id, label }) => ({ id, label })),
    codes: codeCount(pack),
    languages: packLanguages(pack),
  };
}

/** What analysis and explanation use once team packs are loaded. */
export interface PackEngine {
  detectors: readonly Detector[];
  catalog: Catalog;
}

export function packEngine(packs: readonly Pack[]): PackEngine {
  return { detectors: detectorsWith(packs), catalog: createCatalog(packs) };
}
