import { headerValue, type Exchange } from '../../model/exchange.ts';
import type { Finding } from '../../model/finding.ts';
import type { Hint, HintFinding } from '../../model/hint.ts';
import { computeHints } from './compute-hints.ts';
import { fillNow, lazyArray, unfilledTag } from './lazy-array.ts';
import { MAX_BODY_CHARS } from './request-fields.ts';

/**
 * A finding's hints, read when the finding is shown or reported rather than when it is captured: most
 * findings of a session are never opened, and searching a message for quoted values and parameter names,
 * then the request for them, cost as much as the rest of the analysis (issue 9's profile). A finding
 * without a message has only what its status and headers give, read at once. Until they are read, hints
 * hold the request URL, body (as far as hints ever read it) and content type, and the response headers
 * only where a throttling status reads them.
 */
export function deferredHints(exchange: Exchange, finding: HintFinding): Hint[] {
  if (finding.message === null) return computeHints(exchange, finding);
  const source = hintSource(exchange);
  return lazyArray(() => {
    try {
      return computeHints(source, finding);
    } catch {
      // Hints never throw on any input; should one, the finding still shows, without them.
      return [];
    }
  }, source);
}

/**
 * False when the finding's hints are unread and cannot name a request field: no query in the URL and no
 * request body, so no quoted value can be located under a parameter or field name. Redaction asks this
 * before it reads hints to learn which request secrets a message echoes.
 */
export function hintsMayNameRequestField(finding: Finding): boolean {
  const source = unfilledTag<Exchange>(finding.hints);
  return source === undefined || source.requestBody !== null || source.url.includes('?');
}

/**
 * Reads the hints of a finding that still holds its request body: the session calls it when it lets go
 * of the finding's exchange, so that memory stays bounded by the exchanges it keeps.
 */
export function settleHints(finding: Finding): void {
  if (unfilledTag<Exchange>(finding.hints)?.requestBody != null) fillNow(finding.hints);
  for (const nested of finding.nested) settleHints(nested);
}

const THROTTLING = new Set([403, 429, 503]);

function hintSource(exchange: Exchange): Exchange {
  const body = exchange.requestBody;
  const contentType = headerValue(exchange.requestHeaders, 'content-type');
  return {
    ...exchange,
    requestHeaders: contentType === undefined ? [] : [{ name: 'content-type', value: contentType }],
    // The request fields are never read from a larger body.
    requestBody: body !== null && body.length > MAX_BODY_CHARS ? null : body,
    responseHeaders: THROTTLING.has(exchange.status) ? exchange.responseHeaders : [],
    body: { kind: 'none', reason: 'not-captured' },
  };
}

/**
 * The finding with its hints read into plain arrays, nested findings too: what crosses a structured
 * clone (a worker's message), which a lazy array cannot.
 */
export function withHintsRead(finding: Finding): Finding {
  return { ...finding, hints: [...finding.hints], nested: finding.nested.map(withHintsRead) };
}
