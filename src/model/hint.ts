/** Where a value quoted by the error message was found in the request. */
export type RequestLocation = 'path' | 'query' | 'body';

export type Hint =
  /** The body sent `sent` where the API names the parameter `expected`: body parameters are case-sensitive. */
  | { kind: 'parameterCaseMismatch'; sent: string; expected: string }
  /** How long to wait before retrying, and the response header that said so. */
  | { kind: 'retryAfter'; seconds: number; source: string }
  /** A value quoted by the message, found in the request; `name` is the query parameter or body field path. */
  | { kind: 'valueInRequest'; value: string; location: RequestLocation; name?: string }
  /** The API reported an error under a 2xx status, so status-based client code will miss it. */
  | { kind: 'errorUnderSuccess'; status: number };

/** Hints read only these members of a finding (written out, not picked, so the model has no import cycle). */
export interface HintFinding {
  family: string;
  code: string | null;
  status: number;
  message: string | null;
}
