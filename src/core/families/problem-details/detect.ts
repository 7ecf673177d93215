import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { field, isObject, stringField, type JsonObject } from '../../parse/json.ts';
import { childText, localName } from '../../parse/xml.ts';

/** RFC 9457 defines no id member; these are the extensions frameworks add (ASP.NET Core: `traceId`). */
export const PROBLEM_IDS = [
  'traceId',
  'requestId',
  'correlationId',
  'trace_id',
  'request_id',
  'correlation_id',
];

/**
 * The body as a problem object: anything served as `application/problem+json`, or a failed response
 * shaped like one (`title` with `type` or a numeric `status`), since many servers send plain JSON.
 */
export function problemObject({ json, members, exchange }: DetectInput): JsonObject | undefined {
  if (!isObject(json)) return undefined;
  if (/problem\+json/i.test(exchange.mimeType)) return json;
  if (exchange.status < 400 || !members.has('title')) return undefined;
  if (stringField(json, 'title') === undefined) return undefined;
  return stringField(json, 'type') !== undefined || typeof field(json, 'status')?.value === 'number'
    ? json
    : undefined;
}

/**
 * RFC 9457 Problem Details, JSON or XML. The code is the problem `type` URI, which defaults to
 * `about:blank` (the status then carries all the meaning); the message is `detail`, else `title`.
 */
export const problemDetails: Detector = {
  family: 'problem-details',
  detect(input: DetectInput): Envelope | null {
    const { xml } = input;
    if (xml && localName(xml.name) === 'problem') {
      const message = childText(xml, 'detail') ?? childText(xml, 'title') ?? null;
      return { family: 'problem-details', code: childText(xml, 'type') ?? 'about:blank', message, ids: [] };
    }
    const problem = problemObject(input);
    if (!problem) return null;
    const type = stringField(problem, 'type');
    return {
      family: 'problem-details',
      code: type ?? 'about:blank',
      message: stringField(problem, 'detail') ?? stringField(problem, 'title') ?? null,
      ids: bodyIds(problem, '', PROBLEM_IDS, input.members),
      // The problem type is a URI that, by RFC 9457, should document the problem.
      ...(type && type !== 'about:blank' ? { docs: type } : {}),
    };
  },
};
