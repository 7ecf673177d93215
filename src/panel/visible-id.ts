/** Bidi controls and zero-width characters: invisible, yet they change what a pasted id matches. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/** The id with each invisible character shown as ⟨U+XXXX⟩; the copied value stays exact. */
export function visibleId(value: string): string {
  return value.replace(
    INVISIBLE,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
