import { loadCases, loadDefenderExtras } from '../fixtures/corpus.ts';

/** The Defender errors the demo fires, as the panel must show them. */
export function defenderExpectations() {
  return [...loadCases(), ...loadDefenderExtras()]
    .filter((c) => c.expect.family === 'mtp')
    .map((c) => {
      const target = c.expect.correlationIds?.[0];
      if (!target) throw new Error(`${c.id} has no tracking id`);
      return {
        id: c.id,
        code: c.expect.code ?? '',
        status: String(c.response.status),
        method: c.request.method,
        message: c.expect.message,
        target,
      };
    });
}

/** The founding document's two example bodies, served verbatim. */
export const DOC_EXAMPLES = {
  resourceNotFound: {
    code: 'ResourceNotFound',
    status: 404,
    message: 'Machine 123123123 was not found',
    target: '43f4cb08-8fac-4b65-9db1-745c2ae65f3a',
  },
  invalidRequestBody: {
    code: 'InvalidRequestBody',
    status: 400,
    message: 'Request body is incorrect',
    target: '1fa66c0f-18bd-4133-b378-36d76f3a2ba0',
  },
} as const;
