import { globMatches } from './glob.ts';
import type { FilterTerm, ParsedFilter } from './parse.ts';

/** What a filter reads of an error, whether a live finding or a history record. */
export interface FilterSubject {
  url: string;
  host: string;
  method: string;
  status: number;
  code: string | null;
  family: string;
  message: string | null;
  ids: readonly string[];
}

/** A subject lower-cased once, so that every keystroke's filter pass only compares. */
export interface PreparedSubject {
  /** URL, code, message and ids: free text matches inside any one of them. */
  text: string[];
  host: string;
  method: string;
  status: string;
  code: string;
  family: string;
  ids: string[];
}

export function prepareSubject(subject: FilterSubject): PreparedSubject {
  const ids = subject.ids.map((id) => id.toLowerCase());
  const code = subject.code?.toLowerCase() ?? '';
  return {
    text: [subject.url.toLowerCase(), code, subject.message?.toLowerCase() ?? '', ...ids],
    host: subject.host.toLowerCase(),
    method: subject.method.toLowerCase(),
    status: String(subject.status),
    code,
    family: subject.family.toLowerCase(),
    ids,
  };
}

/** `5xx` against `503`: an `x` stands for any digit. */
function statusMatches(pattern: string, status: string): boolean {
  if (status.length !== 3) return false;
  for (let i = 0; i < 3; i++) if (pattern[i] !== 'x' && pattern[i] !== status[i]) return false;
  return true;
}

function termHolds(term: FilterTerm, s: PreparedSubject): boolean {
  switch (term.key) {
    case 'text':
      return s.text.some((field) => field.includes(term.values[0]!));
    case 'status':
      return term.values.some((v) => statusMatches(v, s.status));
    case 'id':
      return term.values.some((v) => s.ids.some((id) => globMatches(v, id)));
    default: {
      const field = s[term.key];
      return term.values.some((v) => globMatches(v, field));
    }
  }
}

/** The subjects the filter keeps: every valid term holds (or, negated, does not). */
export function filterMatcher(filter: ParsedFilter): (subject: PreparedSubject) => boolean {
  const { active } = filter;
  if (active.length === 0) return () => true;
  return (subject) => active.every((term) => termHolds(term, subject) !== term.negated);
}
