/** True when `host` is one of `domains` or a subdomain of one. */
export function onDomain(host: string, domains: readonly string[]): boolean {
  for (const domain of domains) {
    const dot = host.length - domain.length - 1;
    if (host.endsWith(domain) && (dot === -1 || (dot >= 0 && host[dot] === '.'))) return true;
  }
  return false;
}

/**
 * The lower-cased host of an absolute URL (`scheme://[userinfo@]host`); '' when it has none. `new URL`
 * costs as much as all the detectors together, and a pattern as much as the rest of the lookup: the URL
 * is read with indexOf and one pass over the scheme.
 */
export function hostOf(url: string): string {
  const colon = url.indexOf(':');
  if (colon < 1 || !isScheme(url, colon) || url[colon + 1] !== '/' || url[colon + 2] !== '/') return '';
  let start = colon + 3;
  // Userinfo is everything up to an `@` that comes before any `/`, `?` or `#`.
  const at = firstOf(url, start, AUTHORITY_END_OR_AT);
  if (url[at] === '@') start = at + 1;
  if (url[start] === '[') {
    const close = firstOf(url, start + 1, LITERAL_END);
    if (url[close] === ']') return url.slice(start, close + 1).toLowerCase();
  }
  return url.slice(start, firstOf(url, start, HOST_END)).toLowerCase();
}

const SLASH = 0x2f;
const QUESTION = 0x3f;
const HASH = 0x23;
const AUTHORITY_END_OR_AT = [SLASH, QUESTION, HASH, 0x40];
const LITERAL_END = [0x5d, SLASH, QUESTION, HASH];
const HOST_END = [SLASH, QUESTION, HASH, 0x3a];

/** The index of the first of four characters at or after `from`, or the length. */
function firstOf(url: string, from: number, [a, b, c, d]: readonly number[]): number {
  for (let i = from; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === a || code === b || code === c || code === d) return i;
  }
  return url.length;
}

/** `[a-z][a-z0-9+.-]*` (any case) before the colon. */
function isScheme(url: string, colon: number): boolean {
  for (let i = 0; i < colon; i++) {
    const c = url.charCodeAt(i) | 0x20;
    const letter = c >= 0x61 && c <= 0x7a;
    const other = url.charCodeAt(i);
    if (
      !letter &&
      (i === 0 || !((other >= 0x30 && other <= 0x39) || other === 0x2b || other === 0x2e || other === 0x2d))
    )
      return false;
  }
  return true;
}
