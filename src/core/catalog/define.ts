import type { Family } from '../../model/finding.ts';
import type { CatalogEntry, Note } from './types.ts';

/** English first, Japanese second. */
export type Pair = readonly [en: string, ja: string];

export interface EntrySpec {
  code: string;
  status?: number;
  meaning: Pair;
  steps: readonly Pair[];
  docs?: string;
}

/**
 * Data files write each remediation step as an en/ja pair, so that the two languages cannot drift apart
 * in number or order; `docs` is the family's page for entries that have no page of their own.
 */
export function defineEntries(family: Family, specs: readonly EntrySpec[], docs?: string): CatalogEntry[] {
  return specs.map((spec) => {
    const entry: CatalogEntry = {
      family,
      code: spec.code,
      meaning: { en: spec.meaning[0], ja: spec.meaning[1] },
      remediation: { en: spec.steps.map((step) => step[0]), ja: spec.steps.map((step) => step[1]) },
    };
    if (spec.status !== undefined) entry.status = spec.status;
    const link = spec.docs ?? docs;
    if (link !== undefined) entry.docs = link;
    return entry;
  });
}

export function defineNote(meaning: Pair, steps: readonly Pair[], docs?: string): Note {
  const note: Note = {
    meaning: { en: meaning[0], ja: meaning[1] },
    remediation: { en: steps.map((step) => step[0]), ja: steps.map((step) => step[1]) },
  };
  if (docs !== undefined) note.docs = docs;
  return note;
}
