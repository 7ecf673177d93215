import type { Hint } from './hint.ts';

/** The envelope families Faultline knows without a pack; generic-http is any other failed response. */
export const BUILTIN_FAMILIES = [
  'mtp',
  'odata',
  'graph',
  'arm',
  'azure-storage',
  'problem-details',
  'aspnet-validation',
  'jsonapi',
  'graphql',
  'google',
  'aws',
  'stripe',
  'github',
  'twilio',
  'slack',
  'salesforce',
  'shopify',
  'cloudflare',
  'oauth2',
  'entra',
  'soap',
  'generic-http',
] as const;

export type BuiltinFamily = (typeof BUILTIN_FAMILIES)[number];

/** A built-in family or one a team pack declares: open, so records of any family survive everywhere. */
export type Family = string;

export interface CorrelationId {
  /** Header name as sent, or a dotted path into the body (`error.target`). */
  name: string;
  value: string;
  source: 'header' | 'body';
}

/** Why there was no body to analyse, when there was none. */
export type BodyState = 'analyzed' | 'not-captured' | 'empty' | 'too-large' | 'unreadable';

export interface Finding {
  family: Family;
  /** The most specific machine code; the status as a string for transport-only errors; null when none. */
  code: string | null;
  status: number;
  message: string | null;
  method: string;
  url: string;
  startedAt: string;
  correlationIds: CorrelationId[];
  bodyState: BodyState;
  /** What the exchange itself adds: casing slips, retry delays, the offending value, a 2xx that failed. */
  hints: Hint[];
  /** A documentation link the response itself gave; untrusted text: shown as a link only if http(s). */
  docs?: string;
  /** The failed sub-responses of a batch answered as a whole (OData/Graph `$batch`, Salesforce collections). */
  nested: Finding[];
  /** Some of the work succeeded: a batch with failed and successful parts, or GraphQL data beside errors. */
  partial?: boolean;
  /** Where a nested finding sits in its batch response: `responses[id=2]`, `parts[1]`, `[1]`. */
  part?: string;
}

/** The id a support desk asks for first: the body's own tracking id, else the best-known header. */
export function primaryCorrelationId(finding: Finding): CorrelationId | undefined {
  return finding.correlationIds.find((id) => id.source === 'body') ?? finding.correlationIds[0];
}
