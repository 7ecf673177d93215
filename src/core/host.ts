/** True when `host` is one of `domains` or a subdomain of one. */
export function onDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
