/**
 * The filter syntax of the DevTools Network panel, for API errors: free text, `key:value` terms,
 * a leading `-` to negate, several terms ANDed. Parsing never fails: a term that cannot mean anything
 * is kept, marked invalid and ignored, so the box can show it as such while the user types.
 */

export const FILTER_KEYS = ['status', 'code', 'host', 'family', 'method', 'id'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Why a term is ignored. */
export type InvalidReason = 'empty' | 'status';

export interface FilterTerm {
  /** The term as typed, with its `-` and quotes. */
  raw: string;
  /** Offsets of `raw` in the input. */
  start: number;
  end: number;
  negated: boolean;
  key: FilterKey | 'text';
  /** Lower-cased alternatives (`status:429,503` → two); free text has one. */
  values: string[];
  invalid?: InvalidReason;
}

export interface ParsedFilter {
  terms: FilterTerm[];
  /** The valid terms, the only ones that filter. */
  active: FilterTerm[];
}

const KEYS: ReadonlySet<string> = new Set(FILTER_KEYS);
/** Three digits, any of which may be `x`: 429, 5xx, 40x. */
const STATUS = /^[0-9x]{3}$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits on white space; a double-quoted stretch stays one token (`"rate limit"`, `code:"a b"`). */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i]!)) i++;
    if (i >= input.length) break;
    const start = i;
    let quoted = false;
    while (i < input.length && (quoted || !/\s/.test(input[i]!))) {
      if (input[i] === '"') quoted = !quoted;
      i++;
    }
    tokens.push({ text: input.slice(start, i), start, end: i });
  }
  return tokens;
}

const unquote = (text: string) => text.replace(/"/g, '');

function termOf({ text, start, end }: Token): FilterTerm {
  const negated = text.length > 1 && text.startsWith('-');
  const body = negated ? text.slice(1) : text;
  const colon = body.indexOf(':');
  const key = colon > 0 ? body.slice(0, colon).toLowerCase() : '';
  const base = { raw: text, start, end, negated };
  // An unknown key is text: URLs (`https://…`) and messages have colons of their own.
  if (!KEYS.has(key)) return { ...base, key: 'text', values: [unquote(body).toLowerCase()] };
  const values = unquote(body.slice(colon + 1))
    .toLowerCase()
    .split(',')
    .filter((v) => v !== '');
  const term: FilterTerm = { ...base, key: key as FilterKey, values };
  if (values.length === 0) term.invalid = 'empty';
  else if (key === 'status' && !values.every((v) => STATUS.test(v))) term.invalid = 'status';
  return term;
}

export function parseFilter(input: string): ParsedFilter {
  const terms = tokenize(input)
    .map(termOf)
    .filter((t) => t.key !== 'text' || t.values[0] !== '');
  return { terms, active: terms.filter((t) => t.invalid === undefined) };
}
