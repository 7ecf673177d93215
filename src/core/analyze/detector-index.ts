import type { DetectInput, Detector, Envelope } from './detector.ts';

/**
 * The detectors of a list indexed by the top-level members that call for them. A JSON object body has a
 * few members, each found with one look-up here; the detectors none of them calls for are never asked,
 * instead of each of the 22 looking for its own members in every body. Masks hold bit i of word i >> 5
 * for detector i.
 */
export interface DetectorIndex {
  detectors: readonly Detector[];
  /** The detectors that may match any object body: those that declare no members. */
  ungated: readonly number[];
  /** Every detector: for bodies that are no JSON object, of which member gates say nothing. */
  all: readonly number[];
  /** The detectors each lower-cased member calls for. */
  byMember: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly Detector[], DetectorIndex>();

/** Built once per detector list: the built-ins, or the built-ins with a session's team packs. */
export function indexOf(detectors: readonly Detector[]): DetectorIndex {
  let index = indexes.get(detectors);
  if (index === undefined) {
    index = build(detectors);
    indexes.set(detectors, index);
  }
  return index;
}

function build(detectors: readonly Detector[]): DetectorIndex {
  const empty = () => new Array<number>(Math.ceil(detectors.length / 32)).fill(0);
  const ungated = empty();
  const all = empty();
  const byMember = new Map<string, number[]>();
  detectors.forEach((detector, i) => {
    setBit(all, i);
    if (detector.members === undefined) setBit(ungated, i);
    for (const member of detector.members ?? []) {
      const name = member.toLowerCase();
      const mask = byMember.get(name) ?? empty();
      setBit(mask, i);
      byMember.set(name, mask);
    }
  });
  return { detectors, ungated, all, byMember };
}

function setBit(mask: number[], i: number): void {
  mask[i >> 5] = (mask[i >> 5] ?? 0) | (1 << (i & 31));
}

/**
 * The lower-cased names of an object body's top-level members; adds to `mask` (a copy of `ungated`) the
 * detectors they call for.
 */
export function membersOf(json: object, index: DetectorIndex, mask: number[]): Set<string> {
  const members = new Set<string>();
  for (const key of Object.keys(json)) {
    const name = key.toLowerCase();
    members.add(name);
    const calls = index.byMember.get(name);
    if (calls !== undefined) for (let w = 0; w < mask.length; w++) mask[w] = (mask[w] ?? 0) | (calls[w] ?? 0);
  }
  return members;
}

/** The first envelope found by a detector of `mask`, asked in list order. */
export function firstEnvelope(
  index: DetectorIndex,
  mask: readonly number[],
  input: DetectInput,
): Envelope | null {
  const { detectors } = index;
  for (let i = 0; i < detectors.length; i++) {
    if (((mask[i >> 5] ?? 0) & (1 << (i & 31))) === 0) continue;
    const envelope = detectors[i]?.detect(input);
    if (envelope) return envelope;
  }
  return null;
}
