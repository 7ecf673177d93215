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
 * is read with one pass over the scheme and one over the authority, comparing character codes.
 */
export function hostOf(url: string): string {
  const colon = url.indexOf(':');
  if (colon < 1 || !isScheme(url, colon) || url.charCodeAt(colon + 1) !== SLASH) return '';
  if (url.charCodeAt(colon + 2) !== SLASH) return '';
  const start = hostStart(url, colon + 3);
  if (url.charCodeAt(start) === OPEN_BRACKET) {
    const close = literalEnd(url, start + 1);
    if (close !== -1) return url.slice(start, close + 1).toLowerCase();
  }
  return url.slice(start, hostEnd(url, start)).toLowerCase();
}

const SLASH = 0x2f;
const QUESTION = 0x3f;
const HASH = 0x23;
const AT = 0x40;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function endsAuthority(code: number): boolean {
  return code === SLASH || code === QUESTION || code === HASH;
}

/** Userinfo is everything up to an `@` that comes before any `/`, `?` or `#`. */
function hostStart(url: string, from: number): number {
  for (let i = from; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === AT) return i + 1;
    if (endsAuthority(code)) return from;
  }
  return from;
}

/** The `]` closing an IP literal, or -1 when the authority ends first. */
function literalEnd(url: string, from: number): number {
  for (let i = from; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === CLOSE_BRACKET) return i;
    if (endsAuthority(code)) return -1;
  }
  return -1;
}

function hostEnd(url: string, from: number): number {
  for (let i = from; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === COLON || endsAuthority(code)) return i;
  }
  return url.length;
}

/** `[a-z][a-z0-9+.-]*` (any case) before the colon. */
function isScheme(url: string, colon: number): boolean {
  for (let i = 0; i < colon; i++) {
    const code = url.charCodeAt(i);
    const folded = code | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) continue;
    if (i === 0 || !((code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2e || code === 0x2d))
      return false;
  }
  return true;
}
