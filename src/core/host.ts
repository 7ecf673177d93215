/** True when `host` is one of `domains` or a subdomain of one. */
export function onDomain(host: string, domains: readonly string[]): boolean {
  for (const domain of domains) {
    const dot = host.length - domain.length - 1;
    if (host.endsWith(domain) && (dot === -1 || (dot >= 0 && host[dot] === '.'))) return true;
  }
  return false;
}
