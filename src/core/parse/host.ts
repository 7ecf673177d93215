/** True when `host` is one of `domains` or a subdomain of one. */
export function onDomain(host: string, domains: readonly string[]): boolean {
  for (const domain of domains) {
    const dot = host.length - domain.length - 1;
    if (host.endsWith(domain) && (dot === -1 || (dot >= 0 && host[dot] === '.'))) return true;
  }
  return false;
}

/** `new URL` costs as much as all the detectors together, and the host is all they need. */
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]/?#]*\]|[^/?#:]*)/i;

/** The lower-cased host of an absolute URL; '' when it has none. */
export function hostOf(url: string): string {
  return HOST.exec(url)?.[1]?.toLowerCase() ?? '';
}
