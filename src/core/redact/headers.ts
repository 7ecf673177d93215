import { headerCorrelationIds } from '../analyze/correlation-headers.ts';
import type { Header } from '../../model/exchange.ts';
import { redactCookieWithMarks, redactSetCookieWithMarks } from './cookies.ts';
import { normalizeName } from './names.ts';
import { collect, PLACEHOLDER, type FieldMark, type Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * Headers (security.md rule 1): the value of a sensitive header is dropped, its name kept. Correlation
 * headers (rule 7) are never sensitive, even `Idempotency-Key`; every other value still goes through the
 * value patterns and parameter rules, which covers URLs in `Location`, `Referer` and `Link`.
 */
const SENSITIVE = /auth|token|secret|key|session|cookie|credential|passw|signature|jwt|bearer/;
/** Names the pattern misses (normalized): Chrome's client data, DPoP proofs, App Service's signed-in user. */
const ALSO_SENSITIVE = new Set(['xclientdata', 'dpop', 'xmsclientprincipal']);
/** Challenges, CORS policy and granted scopes say what a server wants: they explain a 401, hold no secret. */
const NOT_SECRET = new Set([
  'wwwauthenticate',
  'proxyauthenticate',
  'accesscontrolallowcredentials',
  'xoauthscopes',
  'xacceptedoauthscopes',
]);
/** Kept before the dropped credential, it tells Bearer from Basic without telling the token. */
const AUTH_SCHEME = /^[A-Za-z][\w-]{0,30}[ \t]+(?=\S)/;

function isCorrelationHeader(name: string): boolean {
  return headerCorrelationIds([{ name, value: name }]).length > 0;
}

export function isSensitiveHeader(name: string): boolean {
  const n = normalizeName(name);
  if (NOT_SECRET.has(n) || isCorrelationHeader(name)) return false;
  return ALSO_SENSITIVE.has(n) || SENSITIVE.test(n);
}

function dropped(value: string, keep: number): Redaction {
  const rest = value.slice(keep);
  if (rest === '' || rest === PLACEHOLDER) return { text: value, marks: [] };
  const start = keep;
  return {
    text: value.slice(0, keep) + PLACEHOLDER,
    marks: [{ start, end: start + PLACEHOLDER.length, rule: 'header' }],
  };
}

function redactHeaderValueWithMarks(name: string, value: string): Redaction {
  const n = normalizeName(name);
  if (n === 'cookie') return redactCookieWithMarks(value);
  if (n === 'setcookie') return redactSetCookieWithMarks(value);
  if (!isSensitiveHeader(name)) return redactTextWithMarks(value);
  const scheme = n.endsWith('authorization') ? (AUTH_SCHEME.exec(value)?.[0].length ?? 0) : 0;
  return dropped(value, scheme);
}

/** Redacted copies; `field` of each mark is `[index].value`. */
export function redactHeadersWithMarks(headers: readonly Header[]): {
  headers: Header[];
  marks: FieldMark[];
} {
  const marks: FieldMark[] = [];
  const redacted = headers.map(({ name, value }, i) => ({
    name,
    value: collect(`[${i}].value`, redactHeaderValueWithMarks(name, value), marks),
  }));
  return { headers: redacted, marks };
}

export function redactHeaders(headers: readonly Header[]): Header[] {
  return redactHeadersWithMarks(headers).headers;
}
