import { pick, type LocalizedSteps, type LocalizedText } from '../packs/pack.ts';
import { BUILTIN_CATALOG, type Catalog, type SourcedText } from './catalog.ts';
import type { Annotation, Lang, PackNote } from './types.ts';

export interface AnnotateKey {
  family: string;
  code: string | null;
  status: number;
}

/** Entra errors are OAuth errors with an AADSTS number on top: an OAuth code alone is still explained. */
const PARENT_FAMILY: Readonly<Record<string, string>> = { entra: 'oauth2' };

const SENTENCE_GAP: Readonly<Record<string, string>> = { en: ' ', ja: '' };

interface Explanation {
  readonly meaning?: LocalizedText | undefined;
  readonly remediation?: LocalizedSteps | undefined;
  readonly docs?: string | undefined;
}

/**
 * Explains an error in `lang`: the family's entry for the exact code (then case-insensitively), else the
 * family's envelope together with the HTTP status, else the HTTP status alone. Text a team pack adds for
 * a code that is already explained comes along in `others`, under the pack's name.
 */
export function annotate(key: AnnotateKey, lang: Lang, catalog: Catalog = BUILTIN_CATALOG): Annotation {
  const declared = catalog.family(key.family);
  const note = key.family === 'generic-http' ? undefined : declared?.family;
  // generic-http's codes are HTTP statuses (or ad-hoc body codes): the status explains them.
  const texts =
    key.code === null || key.family === 'generic-http' ? [] : findTexts(catalog, key.family, key.code);
  const [first, ...rest] = texts;
  if (first) {
    const annotation = withDocs(
      { meaning: text(first.text.meaning, lang), remediation: steps(first.text, lang), source: 'code' },
      [first.text.docs, note?.docs],
    );
    if (!first.builtin) annotation.pack = first.pack;
    const others = rest.map((other) => packNote(other, lang));
    if (others.length > 0) annotation.others = others;
    return annotation;
  }
  const status = statusNote(catalog, key.status);
  const label = declared && !declared.builtin ? { pack: declared.pack } : {};
  if (!note?.meaning) {
    return {
      ...withDocs(
        { meaning: text(status.meaning, lang), remediation: steps(status, lang), source: 'status' },
        [note?.docs, status.docs],
      ),
      ...label,
    };
  }
  return {
    ...withDocs(
      {
        meaning: text(note.meaning, lang) + (SENTENCE_GAP[lang] ?? ' ') + text(status.meaning, lang),
        remediation: [...new Set([...steps(status, lang), ...steps(note, lang)])],
        source: 'family',
      },
      [note.docs, status.docs],
    ),
    ...label,
  };
}

function findTexts(catalog: Catalog, family: string, code: string): readonly SourcedText[] {
  for (const candidate of candidates(family, code)) {
    const found = catalog.code(family, candidate);
    if (found.length > 0) return found;
  }
  const parent = PARENT_FAMILY[family];
  return parent === undefined ? [] : findTexts(catalog, parent, code);
}

/** Spellings under which a family's code may be filed, most specific first. */
function candidates(family: string, code: string): string[] {
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

/**
 * The HTTP status's own entry, else its class (`4xx`, `5xx`, `2xx` for errors under a success), else the
 * generic-http family's note for statuses that say nothing.
 */
function statusNote(catalog: Catalog, status: number): Explanation {
  const own =
    catalog.code('generic-http', String(status))[0] ?? catalog.code('generic-http', statusClass(status))[0];
  return own?.text ?? catalog.family('generic-http')?.family ?? {};
}

function statusClass(status: number): string {
  if (status >= 200 && status < 300) return '2xx';
  if (status >= 400 && status < 500) return '4xx';
  if (status >= 500 && status < 600) return '5xx';
  return 'other';
}

function packNote(sourced: SourcedText, lang: Lang): PackNote {
  const note: PackNote = {
    pack: sourced.pack,
    meaning: text(sourced.text.meaning, lang),
    remediation: steps(sourced.text, lang),
  };
  if (sourced.text.docs !== undefined) note.docs = sourced.text.docs;
  return note;
}

function text(localized: Explanation['meaning'] | undefined, lang: Lang): string {
  return pick(localized, lang) ?? '';
}

function steps(explanation: Pick<Explanation, 'remediation'>, lang: Lang): string[] {
  return [...(pick(explanation.remediation, lang) ?? [])];
}

function withDocs(annotation: Annotation, links: readonly (string | undefined)[]): Annotation {
  const docs = links.find((link) => link !== undefined);
  if (docs !== undefined) annotation.docs = docs;
  return annotation;
}
