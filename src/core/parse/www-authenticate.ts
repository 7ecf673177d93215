/** Header values are bounded; a challenge longer than this is not worth reading. */
const MAX_HEADER = 4096;
const PARAM =
  /([A-Za-z0-9_-]{1,64})\s{0,16}=\s{0,16}(?:"([^"\\]{0,1024}(?:\\.[^"\\]{0,1024}){0,32})"|([^\s,"]{1,1024}))/g;

/**
 * The auth-params of a `WWW-Authenticate` challenge (RFC 9110 §11.6.1, RFC 6750 §3): lower-cased names,
 * unquoted values. A Map, so no untrusted name ever becomes a property of an object.
 */
export function challengeParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const match of header.slice(0, MAX_HEADER).matchAll(PARAM)) {
    const name = match[1]?.toLowerCase();
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    if (name !== undefined && value !== undefined && !params.has(name)) params.set(name, value);
  }
  return params;
}
