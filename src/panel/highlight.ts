export interface Segment {
  text: string;
  mark: boolean;
}

const MAX_MARKS = 50;

/** Splits `text` so every occurrence of a needle is its own marked segment (overlaps merged). */
export function highlight(text: string, needles: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const needle of new Set(needles)) {
    if (needle.length < 2) continue;
    for (
      let at = text.indexOf(needle);
      at !== -1 && ranges.length < MAX_MARKS;
      at = text.indexOf(needle, at + 1)
    ) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    segments.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
