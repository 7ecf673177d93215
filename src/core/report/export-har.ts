import { redactFinding } from '../redact/redact.ts';
import { harText, sanitizeEntry } from '../redact/har.ts';
import { assembled, type Redacted } from '../redact/redacted.ts';
import type { SessionEntry } from '../session/session.ts';

const NOTE =
  'Sanitized by Faultline: only the failing requests; authorization headers, cookies, tokens, keys and ' +
  'signatures in headers, URLs and bodies are replaced by [REDACTED]. Correlation ids are kept exactly.';

function mimeOf(headers: readonly { name: string; value: string }[]): string {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
}

/** The HAR entry the session can still tell: the finding, and the redacted preview of its exchange. */
function harEntry({ finding: raw, exchange }: SessionEntry): unknown {
  const finding = redactFinding(raw);
  const requestHeaders = exchange?.requestHeaders ?? [];
  const responseHeaders = exchange?.responseHeaders ?? [];
  const requestBody = exchange?.requestBody ?? null;
  const responseBody = exchange?.responseBody ?? null;
  return {
    startedDateTime: finding.startedAt,
    time: 0,
    request: {
      method: finding.method,
      url: finding.url,
      httpVersion: '',
      headers: requestHeaders,
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: requestBody === null ? 0 : requestBody.length,
      ...(requestBody === null ? {} : { postData: { mimeType: mimeOf(requestHeaders), text: requestBody } }),
    },
    response: {
      status: finding.status,
      statusText: '',
      httpVersion: '',
      headers: responseHeaders,
      cookies: [],
      content: {
        size: responseBody?.length ?? 0,
        mimeType: mimeOf(responseHeaders),
        ...(responseBody === null ? {} : { text: responseBody }),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: responseBody?.length ?? -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
    comment: `${finding.family} ${finding.code ?? finding.status}`,
  };
}

/**
 * A small HAR of just the failing exchanges, safe to attach to a ticket: each entry goes through the
 * same `sanitizeEntry` as `faultline sanitize` (the preview was redacted before it was cut).
 */
export function sanitizedHar(entries: readonly SessionEntry[], creatorVersion: string): Redacted<string> {
  const members: [string, Redacted<string>][] = [
    ['version', assembled('"1.2"')],
    ['creator', assembled(JSON.stringify({ name: 'Faultline', version: creatorVersion }, null, 2))],
    ['comment', assembled(JSON.stringify(NOTE))],
    ['entries', assembled('[]')],
  ];
  return harText(
    members,
    entries.map((entry) => sanitizeEntry(harEntry(entry)).json),
  );
}
