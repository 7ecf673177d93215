import { MAX_HISTORY_CAP } from './record.ts';

/** The cap a store applies: a whole number of records between 1 and MAX_HISTORY_CAP. */
export function clampCap(cap: number): number {
  if (Number.isNaN(cap)) throw new RangeError('The history cap must be a number');
  return Math.min(MAX_HISTORY_CAP, Math.max(1, Math.floor(cap)));
}

/**
 * How many of the oldest records to give up when the browser refuses a write for quota: a tenth of the
 * cap, so one refusal does not cost a write per batch from then on, and never less than the batch itself.
 */
export function quotaPruneCount(cap: number, batch: number): number {
  return Math.max(Math.ceil(cap / 10), batch);
}
