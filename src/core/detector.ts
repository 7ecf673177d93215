import type { Exchange } from './exchange.ts';
import type { CorrelationId, Family } from './finding.ts';

export interface DetectInput {
  exchange: Exchange;
  /** Lower-case host of the request URL, '' when it does not parse. */
  host: string;
  /** Decoded body text, or null when there is none to read. */
  text: string | null;
  /** The parsed JSON body; undefined when the body is not (valid) JSON. */
  json: unknown;
}

/** What a detector found in one response: the family's own reading of code, message and body ids. */
export interface Envelope {
  family: Family;
  code: string | null;
  message: string | null;
  ids: CorrelationId[];
}

export interface Detector {
  family: Family;
  detect(input: DetectInput): Envelope | null;
}
