import type { Mark, Rule } from './ranges.ts';

/**
 * Value patterns (security.md rule 5), run on every string whatever its name.
 *
 * Linear by construction (rule 6): each regex has one unbounded quantifier at most, and where a token's
 * characters include non-word ones (`-`, `.`) the start is pinned with a lookbehind instead of `\b`, so a
 * failed attempt never rescans the run it started in (`eyJ-eyJ-…`). Hits are then widened in code to the
 * whole token, so that no fragment of a secret stays beside its placeholder.
 */
interface Pattern {
  rule: Rule;
  re: RegExp;
  /** One character of the token, to widen a hit over (backwards and forwards). */
  token?: RegExp;
  /** Redacts only this capture group (needs the `d` flag). */
  group?: number;
  accept?: (token: string, next: string) => boolean;
  /** Adjusts the span, for secrets that end at a closing line or sit inside the match. */
  span?: (text: string, start: number, end: number) => [number, number];
}

/** Words that follow "Bearer"/"Basic" in prose ("Basic authentication is disabled"), not credentials. */
const PROSE = new Set(
  (
    'auth authentication authorization token tokens credential credentials scheme schemes is was not ' +
    'failed required header challenge error missing invalid expired and or'
  ).split(' '),
);
/** Challenge parameters (RFC 9110 §11.6.1, RFC 6750 §3) after a scheme, quoted or not. */
const CHALLENGE_PARAM =
  /^(?:realm|error|error_description|error_uri|scope|charset|resource_metadata|authorization_uri|nonce|opaque|qop|stale|algorithm|domain)=/i;
/** `Bearer realm="api"` is a challenge: a name and `=`, not padded base64 (a multiple of 4 long). */
const AUTH_PARAM = /^[A-Za-z_]+=$/;

function isCredential(token: string, next: string): boolean {
  if (PROSE.has(token.toLowerCase()) || CHALLENGE_PARAM.test(token) || token.startsWith('[')) return false;
  return !(AUTH_PARAM.test(token) && token.length % 4 !== 0 && /["\w]/.test(next));
}

/** A sentence's full stop or a closing bracket after a credential is not part of it. */
function trailingPunctuation(text: string, start: number, end: number): [number, number] {
  let to = end;
  while (to > start + 1 && '.:!?)'.includes(text.charAt(to - 1))) to--;
  return [start, to];
}

const PEM_END = /-----END[ A-Z0-9_-]{0,40}PRIVATE KEY-----/g;

/** An unterminated key block is redacted to the end: a cut-off key is still a key. */
function pemBlock(text: string, start: number, end: number): [number, number] {
  PEM_END.lastIndex = end;
  return [start, PEM_END.exec(text) ? PEM_END.lastIndex : text.length];
}

/** `user:pass` loses the password; a lone user name is a token more often than not (`https://ghp_…@`). */
function password(text: string, start: number, end: number): [number, number] {
  const colon = text.indexOf(':', start);
  return [colon !== -1 && colon < end ? colon + 1 : start, end];
}

const PATTERNS: Pattern[] = [
  // JWS has three segments, JWE five (its second may be empty); all are redacted whole, payload included.
  { rule: 'jwt', re: /(?<![\w-])(?:eyJ|ewogIC)[\w-]{10,}\.[\w-]*\./g, token: /[\w.-]/ },
  // Any shape after the scheme (Sanctum's `5|token`, `Negotiate` SPNEGO blobs), up to a blank or a quote.
  {
    rule: 'bearer',
    re: /\b(?:bearer|basic|negotiate|ntlm)[ \t]+([^\s"'<>,;\\`]+)/dgi,
    group: 1,
    accept: isCredential,
    span: trailingPunctuation,
  },
  { rule: 'aws-key', re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  { rule: 'azure-secret', re: /[\w~.]{3}\dQ~[\w~.-]{31,34}/g, token: /[\w~.-]/ },
  { rule: 'stripe-key', re: /\b[rs]k_(?:test|live|prod)_[A-Za-z0-9]{10}/g, token: /[A-Za-z0-9]/ },
  { rule: 'slack-token', re: /xox[abeprs]-[A-Za-z0-9-]{10}/g, token: /[\w-]/ },
  { rule: 'github-token', re: /gh[opsur]_[A-Za-z0-9]{36}/g, token: /\w/ },
  { rule: 'github-token', re: /github_pat_\w{22}/g, token: /\w/ },
  { rule: 'google-key', re: /AIza[\w-]{35}/g, token: /[\w-]/ },
  { rule: 'openai-key', re: /\bsk-[\w-]{20}/g, token: /[\w-]/ },
  { rule: 'private-key', re: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY/g, span: pemBlock },
  // Webhook URLs are credentials in their path: whoever has one can post as the integration. Matched by
  // path, not host, so that proxies and self-hosted relays are covered too.
  { rule: 'webhook', re: /\/services\/(T[A-Z0-9]{6,20}\/B[A-Z0-9]{6,20}\/[A-Za-z0-9]{16,64})/dg, group: 1 },
  {
    rule: 'webhook',
    re: /\/(?:workflows|triggers)\/(T[A-Z0-9]{6,20}\/[A-Za-z0-9]{6,20}\/[\w/-]{16,})/dg,
    group: 1,
  },
  { rule: 'webhook', re: /\/api\/webhooks\/(\d{5,30}\/[\w-]{20,})/dg, group: 1 },
  { rule: 'webhook', re: /\/webhookb2\/([\w@/.-]{20,})/dg, group: 1 },
  { rule: 'webhook', re: /hooks\.zapier\.com\/hooks\/catch\/([\w/-]+)/dgi, group: 1 },
  // Telegram bot tokens (`123456789:AA…`), in the Bot API path or anywhere else.
  { rule: 'webhook', re: /(?<![\d:])\d{6,12}:AA[\w-]{30,40}(?![\w-])/g },
  { rule: 'webhook', re: /\/bot(\d{5,12}:[\w-]{20,})/dg, group: 1 },
  // Any scheme (`postgres://`); the userinfo ends at the authority's last `@`, as browsers read it.
  {
    rule: 'url-credentials',
    re: /\b[a-z][a-z\d+.-]{1,20}:\/\/([^/\s?#"'<>]+)@/dgi,
    group: 1,
    span: password,
  },
];

function widen(text: string, start: number, end: number, token: RegExp): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && token.test(text.charAt(from - 1))) from--;
  while (to < text.length && token.test(text.charAt(to))) to++;
  return [from, to];
}

/**
 * Something every pattern above needs (case-insensitive, so a superset): most strings of a JSON body
 * have none, and one search then spares the dozen.
 */
const ANCHOR = new RegExp(
  [
    ...[
      'eyJ',
      'ewogIC',
      'bearer',
      'basic',
      'negotiate',
      'ntlm',
      'A3T',
      'AKIA',
      'ASIA',
      'ABIA',
      'ACCA',
      'Q~',
      '[rs]k_(?:test|live|prod)_',
    ],
    ...[
      'xox',
      'gh[opsur]_',
      'github_pat_',
      'AIza',
      'sk-',
      '-----BEGIN',
      '://',
      'hooks',
      'webhook',
      ':AA',
      '/bot',
    ],
  ].join('|'),
  'i',
);

export function patternMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  if (!ANCHOR.test(text)) return marks;
  for (const { rule, re, token, group, accept, span: adjust } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let span: [number, number] = group ? (m.indices?.[group] ?? [0, 0]) : [m.index, re.lastIndex];
      if (accept && !accept(text.slice(span[0], span[1]), text.charAt(span[1]))) continue;
      if (token) span = widen(text, span[0], span[1], token);
      if (adjust) span = adjust(text, span[0], span[1]);
      marks.push({ start: span[0], end: span[1], rule });
      re.lastIndex = Math.max(re.lastIndex, span[1]);
    }
  }
  return marks;
}
