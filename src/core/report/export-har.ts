import type { ExchangePreview } from '../ingest/preview.ts';
import type { Finding } from '../../model/finding.ts';
import { redactBody, redactHeaders, redactUrl } from '../redact/redact.ts';

export interface FailedExchange {
  finding: Finding;
  exchange?: ExchangePreview;
}

const NOTE =
  'Sanitized by Faultline: only the failing requests; authorization headers, cookies, tokens, keys and ' +
  'signatures in headers, URLs and bodies are replaced by [REDACTED]. Correlation ids are kept exactly.';

function mimeOf(headers: { name: string; value: string }[]): string {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
}

/** A small HAR of just the failing exchanges, safe to attach to a ticket. */
export function exportHar(items: readonly FailedExchange[], creatorVersion: string): string {
  const entries = items.map(({ finding, exchange }) => {
    const requestHeaders = redactHeaders(exchange?.requestHeaders ?? []);
    const responseHeaders = redactHeaders(exchange?.responseHeaders ?? []);
    const requestBody = exchange?.requestBody ?? null;
    const responseBody = exchange?.responseBody ?? null;
    return {
      startedDateTime: finding.startedAt,
      time: 0,
      request: {
        method: finding.method,
        url: redactUrl(finding.url),
        httpVersion: '',
        headers: requestHeaders,
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: requestBody === null ? 0 : requestBody.length,
        ...(requestBody === null
          ? {}
          : {
              postData: {
                mimeType: mimeOf(requestHeaders),
                text: redactBody(requestBody, mimeOf(requestHeaders)),
              },
            }),
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
          ...(responseBody === null ? {} : { text: redactBody(responseBody, mimeOf(responseHeaders)) }),
        },
        redirectURL: '',
        headersSize: -1,
        bodySize: responseBody?.length ?? -1,
      },
      cache: {},
      timings: { send: 0, wait: 0, receive: 0 },
      comment: `${finding.family} ${finding.code ?? finding.status}`,
    };
  });
  return JSON.stringify(
    {
      log: {
        version: '1.2',
        creator: { name: 'Faultline', version: creatorVersion },
        comment: NOTE,
        entries,
      },
    },
    null,
    2,
  );
}
