/** The format version a pack declares in its `faultline` member. */
export const PACK_FORMAT = 'pack/1';

/** Text in any number of languages, keyed by BCP 47 tag (`en`, `ja`, `pt-BR`). */
export type LocalizedText = Readonly<Record<string, string>>;
export type LocalizedSteps = Readonly<Record<string, readonly string[]>>;

/** A member that must be present and not null; with `equals`, it must also be that JSON scalar. */
export type Condition = string | { readonly pointer: string; readonly equals: string | number | boolean };

export type IdRule =
  { readonly name: string; readonly pointer: string } | { readonly name: string; readonly header: string };

/** How to read one family's error from a JSON body; every place is an RFC 6901 JSON Pointer. */
export interface EnvelopeRule {
  readonly when: Condition | readonly Condition[];
  /** The first pointer that holds a string or a number gives the code. */
  readonly code?: string | readonly string[];
  readonly message?: string | readonly string[];
  readonly ids?: readonly IdRule[];
  /** A documentation link the response itself gives; shown only when it is http(s). */
  readonly docs?: string;
}

export interface PackFamily {
  readonly id: string;
  readonly label: string;
  /** Exact host names or `*.` wildcards, and response headers only this API sends: either one selects it. */
  readonly match?: { readonly hosts?: readonly string[]; readonly headers?: readonly string[] };
  /** Absent only for a built-in family whose detector is code. */
  readonly envelope?: EnvelopeRule;
  /** What the family's envelope means when its code is unknown. */
  readonly meaning?: LocalizedText;
  readonly remediation?: LocalizedSteps;
  readonly docs?: string;
}

export interface CodeText {
  readonly meaning: LocalizedText;
  readonly remediation?: LocalizedSteps;
  readonly docs?: string;
  /** The HTTP status the API documents for the code. */
  readonly status?: number;
}

export interface Pack {
  readonly faultline: typeof PACK_FORMAT;
  readonly name: string;
  readonly description?: LocalizedText;
  readonly families: readonly PackFamily[];
  /** By family (the pack's own or a built-in one), then by code. */
  readonly codes?: Readonly<Record<string, Readonly<Record<string, CodeText>>>>;
}

/** Text in `lang`, else English, else the first language present. */
export function pick<T>(text: Readonly<Record<string, T>> | undefined, lang: string): T | undefined {
  if (text === undefined) return undefined;
  if (Object.hasOwn(text, lang)) return text[lang];
  if (Object.hasOwn(text, 'en')) return text['en'];
  const first = Object.keys(text)[0];
  return first === undefined ? undefined : text[first];
}

/** Every language a pack writes in, in the order first met. */
export function packLanguages(pack: Pack): string[] {
  const languages = new Set<string>();
  const add = (text: Readonly<Record<string, unknown>> | undefined) => {
    for (const lang of Object.keys(text ?? {})) languages.add(lang);
  };
  add(pack.description);
  for (const family of pack.families) {
    add(family.meaning);
    add(family.remediation);
  }
  for (const codes of Object.values(pack.codes ?? {})) {
    for (const entry of Object.values(codes)) {
      add(entry.meaning);
      add(entry.remediation);
    }
  }
  return [...languages];
}

export function codeCount(pack: Pack): number {
  let count = 0;
  for (const codes of Object.values(pack.codes ?? {})) count += Object.keys(codes).length;
  return count;
}
