const TIME_DIGITS = 9;
const RANDOM_DIGITS = 10;

/**
 * A record id that sorts as its time does (fixed-width base 36 milliseconds: good until the year 5188),
 * followed by 36^10 random values, so two DevTools windows writing in the same millisecond still differ.
 */
export function newRecordId(time: string, random: () => number): string {
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed)) throw new RangeError(`Not a record time: ${time}`);
  // A clock or HAR far off the mark still gets an id: the order only suffers outside 1970-5188.
  const ms = Math.min(Math.max(parsed, 0), 36 ** TIME_DIGITS - 1);
  const noise = Math.floor(random() * 36 ** RANDOM_DIGITS);
  return ms.toString(36).padStart(TIME_DIGITS, '0') + noise.toString(36).padStart(RANDOM_DIGITS, '0');
}
