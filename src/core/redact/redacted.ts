/**
 * "Redacted" as a type. Every string that leaves the engine (stored record, report, export, sanitized
 * HAR, CLI output, clipboard) must be a `Redacted<string>`, and only this folder makes one: the writers
 * take `Redacted<…>` input, so a new surface that skips redaction does not compile. Lint forbids `as
 * Redacted` outside this folder and restricts the two helpers below to the modules named in their docs.
 *
 * On an object the brand goes to its strings, deeply: a value is redacted when every string in it is.
 * Numbers, booleans and string literal types (`'header' | 'body'`, a family) carry no secret.
 */
declare const redacted: unique symbol;

interface Brand {
  readonly [redacted]: true;
}

export type Redacted<T> = T extends string
  ? string extends T
    ? T & Brand
    : T
  : T extends (infer U)[]
    ? Redacted<U>[]
    : T extends readonly (infer U)[]
      ? readonly Redacted<U>[]
      : T extends object
        ? { [K in keyof T]: Redacted<T[K]> }
        : T;

/** Only the redaction functions of this folder call it, on what they have just redacted. */
export function seal<T>(value: T): Redacted<T> {
  return value as Redacted<T>;
}

/**
 * A text assembled from redacted values and the product's own words (labels, catalog text, Markdown
 * syntax). Only the report writers (src/core/report, src/cli formatters) may call it (lint).
 */
export function assembled(text: string): Redacted<string> {
  return seal(text);
}

/**
 * The one way out without redaction: `faultline scan --raw`, which says on stderr that its output holds
 * secrets. Only src/cli may call it (lint).
 */
export function unredacted<T>(value: T): Redacted<T> {
  return seal(value);
}

/** A cut of a redacted text is redacted: redact first, cut after. */
export function cutRedacted(text: Redacted<string>, length: number): Redacted<string> {
  return seal(text.slice(0, length));
}

/** Lower-casing reveals nothing (the history's id index). */
export function lowerRedacted(text: Redacted<string>): Redacted<string> {
  return seal(text.toLowerCase());
}
