import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { field, isObject, stringField } from '../../parse/json.ts';
import { PROBLEM_IDS, problemObject } from '../problem-details/detect.ts';

/**
 * ASP.NET Core `ValidationProblemDetails`: a problem object whose `errors` is a map of field → messages
 * (RFC 9457's own example uses an array instead, which stays plain problem-details). `traceId` is the
 * W3C trace id to quote.
 */
export const aspnetValidation: Detector = {
  family: 'aspnet-validation',
  members: ['errors'],
  detect(input: DetectInput): Envelope | null {
    const problem = problemObject(input);
    if (!problem || !isObject(field(problem, 'errors')?.value)) return null;
    return {
      family: 'aspnet-validation',
      code: stringField(problem, 'type') ?? 'about:blank',
      message: stringField(problem, 'title') ?? stringField(problem, 'detail') ?? null,
      ids: bodyIds(problem, '', PROBLEM_IDS, input.members),
    };
  },
};
