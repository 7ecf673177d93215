import type { Exchange } from '../../model/exchange.ts';
import type { Hint, HintFinding } from '../../model/hint.ts';
import { parameterCaseHints } from './parameter-case.ts';
import { RequestBody } from './request-fields.ts';
import { retryAfterHint } from './retry-after.ts';
import { valueInRequestHints } from './value-in-request.ts';

/** What the exchange adds to a finding: casing slips, retry delays, the offending value, a lying status. */
export function computeHints(exchange: Exchange, finding: HintFinding): Hint[] {
  const hints: Hint[] = [];
  if (finding.status >= 200 && finding.status < 300) {
    hints.push({ kind: 'errorUnderSuccess', status: finding.status });
  }
  const retry = retryAfterHint(exchange);
  if (retry) hints.push(retry);
  if (finding.message !== null) {
    const request = new RequestBody(exchange);
    hints.push(
      ...parameterCaseHints(finding, request),
      ...valueInRequestHints(finding.message, exchange.url, request),
    );
  }
  return hints;
}
