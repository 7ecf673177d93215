/**
 * Sensitive names, compared in one spelling so that `Access-Token`, `access_token`, `accessToken` and
 * `access%5Ftoken` meet: percent-decoded (at most three rounds), lower-cased, without `_` and `-`.
 */

/** Only a name's end decides (exact names are short, suffixes end it); the bound keeps decoding cheap. */
const MAX_NAME = 256;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/** One round, byte by byte: enough to reveal ASCII names and delimiters. Malformed escapes stay. */
function decodeOnce(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = text.indexOf('%'); i !== -1; i = text.indexOf('%', i + 1)) {
    const high = hexDigit(text.charCodeAt(i + 1));
    const low = hexDigit(text.charCodeAt(i + 2));
    if (high < 0 || low < 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(high * 16 + low);
    copied = i + 3;
    i += 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Decoding until stable is quadratic on `%2525…` (each round peels one layer off the whole text: 1 MB
 * took 212 s); real double and triple encoding is met, deeper is not. What is still encoded after the
 * rounds stays as it is, and a value that is still encoded is judged as such.
 */
export const DECODE_ROUNDS = 3;

export function percentDecode(text: string, plusIsSpace = false): string {
  let decoded = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = decodeOnce(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

/** Texts repeat their names (every object of a JSON array); bounded so that hostile names cannot grow it. */
const normalized = new Map<string, string>();

export function normalizeName(name: string): string {
  const known = normalized.get(name);
  if (known !== undefined) return known;
  const decoded = percentDecode(name.slice(-MAX_NAME));
  // `user[password]` (Rails, PHP forms) is named by its last bracketed segment.
  const bracket = /\[([^[\]]*)\]$/.exec(decoded);
  const result = (bracket?.[1] ?? decoded).toLowerCase().replace(/[-_]/g, '');
  if (normalized.size >= 4096) normalized.clear();
  normalized.set(name, result);
  return result;
}

/** security.md rules 3 and 4, the explicit header names of rule 1, and Azure connection-string keys. */
const EXACT = new Set(
  [
    // Rule 3: query and fragment parameters.
    'access_token id_token refresh_token token code state code_verifier code_challenge client_secret',
    'client_id client_assertion assertion password email SAMLRequest SAMLResponse RelayState',
    'authenticity_token auth usg shdf key api_key apikey sig X-Amz-Signature X-Amz-Credential',
    'X-Amz-Security-Token X-Goog-Signature X-Goog-Credential Signature Policy Key-Pair-Id session sid',
    // Rule 4: JSON fields.
    'passwd pwd secret private_key api_secret authorization cookie session_token jwt bearer',
    // Rule 1 header names, met as fields of echoed requests; Azure APIM and connection-string keys.
    'proxy-authorization set-cookie x-client-data x-api-key x-auth-token x-access-token x-goog-api-key',
    'ocp-apim-subscription-key subscription-key x-csrf-token x-xsrf-token AccountKey SharedAccessKey',
    'SharedAccessSignature',
    // Shopify's OAuth callback signs with `hmac`; CAS logins pass a `ticket`; one-time codes and PINs.
    'pass pin otp totp mfa_code ticket hmac passphrase csrf xsrf _csrf csrfmiddlewaretoken',
    // Azure Functions keys, as a header, a query parameter or a JSON field.
    'x-functions-key functionKey functionKeys masterKey hostKey clientKey webhook_url webhookUrl',
  ]
    .join(' ')
    .split(' ')
    .map(normalizeName),
);

/** Names built on these are secrets with any prefix: `nextPageToken`, `SecretAccessKey`, `JSESSIONID`. */
const SUFFIXES = (
  'password passwd passphrase secret token apikey privatekey secretkey accesskey accountkey credential ' +
  'signature cookie sessionid sessid functionkey functionskey'
).split(' ');

export function isSensitiveName(name: string): boolean {
  const n = normalizeName(name);
  const singular = n.endsWith('s') ? n.slice(0, -1) : n;
  return EXACT.has(n) || SUFFIXES.some((suffix) => n.endsWith(suffix) || singular.endsWith(suffix));
}

/**
 * `code` and `state` are OAuth secrets in a URL but, as a label or JSON field, mostly an error code or an
 * enum (`InvalidAuthenticationToken`, `AADSTS50076`, `Succeeded`, `404`). Those are kept there; values that
 * mix letters and digits like a random code does are not.
 */
export function isIdentifierLike(name: string, value: string): boolean {
  const n = normalizeName(name);
  return (n === 'code' || n === 'state') && value !== '' && /^[A-Za-z_.:-]{0,64}[0-9]{0,16}$/.test(value);
}
