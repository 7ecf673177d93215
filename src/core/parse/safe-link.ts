/**
 * A link target taken from untrusted data, or null. Only absolute http(s) URLs qualify:
 * `javascript:` (in any case, behind white space), `data:`, `vbscript:` and relative URLs stay text.
 */
export function safeLink(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
