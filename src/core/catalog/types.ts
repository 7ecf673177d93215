import type { Family } from '../../model/finding.ts';

export type Lang = 'en' | 'ja';

export interface Localized<T> {
  en: T;
  ja: T;
}

/** One documented machine code of one API family, explained in both UI languages. */
export interface CatalogEntry {
  family: Family;
  code: string;
  /** The HTTP status the API documents for the code, when it documents one. */
  status?: number;
  meaning: Localized<string>;
  remediation: Localized<string[]>;
  docs?: string;
}

/** An explanation not tied to one code: a family's envelope, or a class of HTTP statuses. */
export interface Note {
  meaning: Localized<string>;
  remediation: Localized<string[]>;
  docs?: string;
}

export interface Annotation {
  meaning: string;
  remediation: string[];
  docs?: string;
  /** Which layer explained the error: the exact code, the family's envelope, or the HTTP status alone. */
  source: 'code' | 'family' | 'status';
}
