import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { arrayField, firstObject, isObject, stringField } from '../../parse/json.ts';

const GITHUB_DOCS = /^https:\/\/(docs|developer)\.github\.com\//;

/**
 * GitHub REST: `{"message","documentation_url","status"?}`, plus `errors[]` of
 * `{resource, field, code}` on 422 (the first `code` is shown). No machine code otherwise; 403 can mean a
 * rate limit (`X-RateLimit-Remaining: 0`), which the message says.
 */
export const github: Detector = {
  family: 'github',
  members: ['message'],
  detect({ json, members, host, headers, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400 || !isObject(json)) return null;
    const message = stringField(json, 'message');
    if (message === undefined) return null;
    const fromGithub = headers.has('x-github-request-id') || onDomain(host, ['api.github.com']);
    const documented =
      members.has('documentation_url') && GITHUB_DOCS.test(stringField(json, 'documentation_url') ?? '');
    if (!documented && !fromGithub) return null;
    const first = firstObject(arrayField(json, 'errors'));
    const docs = stringField(json, 'documentation_url');
    return {
      family: 'github',
      code: (first && stringField(first, 'code')) ?? null,
      message,
      ids: [],
      ...(docs ? { docs } : {}),
    };
  },
};
