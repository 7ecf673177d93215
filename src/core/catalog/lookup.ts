import type { Family } from '../../model/finding.ts';
import { CODE_ENTRIES } from './entries.ts';
import { FAMILY_NOTES } from './families.ts';
import { HTTP_STATUS, STATUS_CLASSES, type StatusClass } from './http-status.ts';
import type { Annotation, CatalogEntry, Lang, Note } from './types.ts';

export interface AnnotateKey {
  family: Family;
  code: string | null;
  status: number;
}

/** Entra errors are OAuth errors with an AADSTS number on top: an OAuth code alone is still explained. */
const PARENT_FAMILY: Partial<Record<Family, Family>> = { entra: 'oauth2' };

const SENTENCE_GAP: Record<Lang, string> = { en: ' ', ja: '' };

const exact = new Map<string, CatalogEntry>();
const folded = new Map<string, CatalogEntry>();
for (const entry of CODE_ENTRIES) {
  exact.set(keyOf(entry.family, entry.code), entry);
  folded.set(keyOf(entry.family, entry.code.toLowerCase()), entry);
}
const byStatus = new Map(HTTP_STATUS.map((entry) => [Number(entry.code), entry]));

/**
 * Explains an error in `lang`: the family's entry for the exact code (then case-insensitively), else the
 * family's envelope together with the HTTP status, else the HTTP status alone.
 */
export function annotate(key: AnnotateKey, lang: Lang): Annotation {
  const note = key.family === 'generic-http' ? undefined : FAMILY_NOTES[key.family];
  const entry = key.code === null ? undefined : findEntry(key.family, key.code);
  if (entry) {
    return withDocs(
      { meaning: entry.meaning[lang], remediation: [...entry.remediation[lang]], source: 'code' },
      [entry.docs, note?.docs],
    );
  }
  const status = statusNote(key.status);
  if (!note) {
    return withDocs(
      { meaning: status.meaning[lang], remediation: [...status.remediation[lang]], source: 'status' },
      [status.docs],
    );
  }
  return withDocs(
    {
      meaning: note.meaning[lang] + SENTENCE_GAP[lang] + status.meaning[lang],
      remediation: [...new Set([...status.remediation[lang], ...note.remediation[lang]])],
      source: 'family',
    },
    [note.docs, status.docs],
  );
}

function findEntry(family: Family, code: string): CatalogEntry | undefined {
  for (const candidate of candidates(family, code)) {
    const found = exact.get(keyOf(family, candidate)) ?? folded.get(keyOf(family, candidate.toLowerCase()));
    if (found) return found;
  }
  const parent = PARENT_FAMILY[family];
  return parent === undefined ? undefined : findEntry(parent, code);
}

/** Spellings under which a family's code may be filed, most specific first. */
function candidates(family: Family, code: string): string[] {
  const trimmed = code.trim();
  if (trimmed === '') return [];
  if (family === 'entra') {
    // Detectors report `AADSTS50076`; users paste `50076` or the start of an error_description.
    const number = /^(?:AADSTS)?(\d+)(?!\d)/i.exec(trimmed)?.[1];
    return number === undefined ? [trimmed] : [`AADSTS${number}`];
  }
  if (family === 'soap') {
    // `soap:Client.Authentication` is the Client fault refined by a dotted subcode.
    const local = trimmed.slice(trimmed.lastIndexOf(':') + 1);
    return [trimmed, local, local.split('.')[0] ?? local];
  }
  return [trimmed];
}

function statusNote(status: number): Note {
  return byStatus.get(status) ?? STATUS_CLASSES[statusClass(status)];
}

function statusClass(status: number): StatusClass {
  if (status >= 200 && status < 300) return '2xx';
  if (status >= 400 && status < 500) return '4xx';
  if (status >= 500 && status < 600) return '5xx';
  return 'other';
}

function withDocs(annotation: Annotation, links: readonly (string | undefined)[]): Annotation {
  const docs = links.find((link) => link !== undefined);
  if (docs !== undefined) annotation.docs = docs;
  return annotation;
}

function keyOf(family: Family, code: string): string {
  return `${family}\u0000${code}`;
}
