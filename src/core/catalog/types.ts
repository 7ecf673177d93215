/** The languages of Faultline's own interface; packs may write in any language. */
export type Lang = 'en' | 'ja';

/** A team pack's text for a code that is already explained, shown beside it under the pack's name. */
export interface PackNote {
  pack: string;
  meaning: string;
  remediation: string[];
  docs?: string;
}

export interface Annotation {
  meaning: string;
  remediation: string[];
  docs?: string;
  /** Which layer explained the error: the exact code, the family's envelope, or the HTTP status alone. */
  source: 'code' | 'family' | 'status';
  /** The team pack the explanation (or the family) comes from; absent for built-in text. */
  pack?: string;
  others?: PackNote[];
}
