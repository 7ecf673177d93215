import type { Exchange, Header } from '../../model/exchange.ts';
import type { CorrelationId, Family } from '../../model/finding.ts';
import type { XmlElement } from '../parse/xml.ts';

export interface DetectInput {
  exchange: Exchange;
  /** Lower-case host of the request URL, '' when it does not parse. */
  host: string;
  /** Response header values by lower-case name (the first when a name repeats). */
  headers: HeaderLookup;
  /** Decoded body text, or null when there is none to read. */
  text: string | null;
  /** The parsed JSON body; undefined when the body is not (valid) JSON. */
  json: unknown;
  /**
   * Lower-cased names of the body's top-level members when it is a JSON object, else empty. `field(json, name)`
   * finds a member exactly when this has `name` lower-cased: one look-up instead of a case-insensitive scan.
   */
  members: ReadonlySet<string>;
  /** The root element of an XML body; null when the body is not XML. */
  xml: XmlElement | null;
  /** True for a sub-response of a batch: batches do not nest, so batch detectors stand aside. */
  inBatch: boolean;
}

export interface HeaderLookup {
  get(name: string): string | undefined;
  has(name: string): boolean;
}

/** One sub-response of a batch, to be analysed like a response of its own. */
export interface BatchPart {
  /** Path of the part in the batch body, prefixed to the ids found inside it: `responses[id=2]`. */
  ref: string;
  method: string;
  url: string;
  status: number;
  headers: Header[];
  text: string | null;
  /** The part's body when the batch format already carries it parsed (JSON batches). */
  json: unknown;
}

/** What a detector found in one response: the family's own reading of code, message and body ids. */
export interface Envelope {
  /** A documentation link the response itself gives (Stripe `doc_url`, GitHub `documentation_url`, ...). Untrusted. */
  docs?: string;
  family: Family;
  code: string | null;
  message: string | null;
  ids: CorrelationId[];
  /** GraphQL data returned beside the errors. */
  partial?: boolean;
  /** Set when the response is a batch: analyze reports the failed parts as nested findings. */
  parts?: BatchPart[];
}

export interface Detector {
  family: Family;
  /**
   * Top-level members (any case) one of which a JSON object body must have for this detector to find
   * anything in it: analysis asks it about such a body only then. Absent: it is asked about every body.
   */
  members?: readonly string[];
  detect(input: DetectInput): Envelope | null;
}
