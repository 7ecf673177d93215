import type { Exchange, Header } from '../../model/exchange.ts';
import type { Hint } from '../../model/hint.ts';

const THROTTLING_STATUSES = new Set([429, 503]);
/** Reset headers hold either a delay or an epoch time; no sensible delay is above 10^9 s (31 years). */
const EPOCH_SECONDS = 1e9;
const EPOCH_MILLISECONDS = 1e12;
const RESET_HEADERS = ['x-ratelimit-reset', 'ratelimit-reset', 'x-rate-limit-reset'];
const NUMBER = /^\d+(?:\.\d+)?$/;
/** An HTTP-date in any of the three forms of RFC 9110 §5.6.7 names a day or month and has a time of day. */
const HTTP_DATE = /[A-Za-z]{3}.*\d{1,2}:\d{2}:\d{2}/;

/**
 * How long the server asked the client to wait: `Retry-After` first, then the reset of an exhausted
 * rate-limit window; only throttling responses count, including GitHub's 403 with no requests remaining.
 */
export function retryAfterHint(exchange: Exchange): Hint | undefined {
  const headers = exchange.responseHeaders;
  if (!THROTTLING_STATUSES.has(exchange.status) && !(exchange.status === 403 && exhausted(headers))) {
    return undefined;
  }
  const now = responseTime(exchange);
  const retryAfter = header(headers, 'retry-after');
  const delay = retryAfter && retryAfterSeconds(retryAfter.value.trim(), now);
  if (retryAfter && delay !== undefined)
    return { kind: 'retryAfter', seconds: delay, source: retryAfter.name };
  for (const name of RESET_HEADERS) {
    const reset = header(headers, name);
    const seconds = reset && resetSeconds(reset.value.trim(), now);
    if (reset && seconds !== undefined) return { kind: 'retryAfter', seconds, source: reset.name };
  }
  return undefined;
}

/** delay-seconds (also as a decimal, `2.0`, as Shopify sends it) or an HTTP-date. */
function retryAfterSeconds(value: string, now: number | undefined): number | undefined {
  if (NUMBER.test(value)) return Math.ceil(Number(value));
  if (now === undefined || !HTTP_DATE.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - now) / 1000)) : undefined;
}

function resetSeconds(value: string, now: number | undefined): number | undefined {
  if (!NUMBER.test(value)) return undefined;
  const reset = Number(value);
  if (reset < EPOCH_SECONDS) return Math.ceil(reset);
  if (now === undefined) return undefined;
  const at = reset < EPOCH_MILLISECONDS ? reset * 1000 : reset;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** The server's clock (the `Date` header) when it sent one, else the time the request started. */
function responseTime(exchange: Exchange): number | undefined {
  for (const time of [header(exchange.responseHeaders, 'date')?.value, exchange.startedAt]) {
    const parsed = time === undefined ? NaN : Date.parse(time);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

function exhausted(headers: readonly Header[]): boolean {
  return header(headers, 'x-ratelimit-remaining')?.value.trim() === '0';
}

function header(headers: readonly Header[], name: string): Header | undefined {
  return headers.find((h) => h.name.toLowerCase() === name);
}
