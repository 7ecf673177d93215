import { describe, expect, it } from 'vitest';
import { applyGesture, gestureOf, isSelected, selectedOf, type MultiSelection } from './multi-select.ts';

const order = [10, 11, 12, 13, 14];
const none: MultiSelection<number> = { active: null, chosen: new Set() };
const chosen = (s: MultiSelection<number>) => [...s.chosen].sort();

describe('multi-select', () => {
  it('a click selects one and forgets the others', () => {
    const s = applyGesture({ active: 11, chosen: new Set([11, 12]) }, 13, 'only', order);
    expect(s).toEqual({ active: 13, chosen: new Set() });
    expect(order.filter((k) => isSelected(s, k))).toEqual([13]);
  });

  it('Ctrl/⌘ adds to the active row, and removes a chosen one', () => {
    let s = applyGesture(applyGesture(none, 11, 'only', order), 13, 'toggle', order);
    expect(chosen(s)).toEqual([11, 13]);
    s = applyGesture(s, 11, 'toggle', order);
    expect(chosen(s)).toEqual([13]);
    expect(s.active).toBe(11);
  });

  it('Shift takes the range from the active row, either way', () => {
    const s = applyGesture(applyGesture(none, 13, 'only', order), 11, 'range', order);
    expect(chosen(s)).toEqual([11, 12, 13]);
    expect(s.active).toBe(13);
    expect(chosen(applyGesture(s, 14, 'range', order))).toEqual([13, 14]);
  });

  it('Shift without an active row, or with one filtered away, selects just the row', () => {
    expect(applyGesture(none, 12, 'range', order)).toEqual({ active: 12, chosen: new Set() });
    expect(applyGesture({ active: 99, chosen: new Set() }, 12, 'range', order).active).toBe(12);
  });

  it('Ctrl/⌘+arrow moves and keeps the selection; Space then adds or removes the row', () => {
    let s = applyGesture(applyGesture(none, 10, 'only', order), 12, 'move', order);
    expect(chosen(s)).toEqual([10]);
    s = applyGesture(s, 12, 'mark', order);
    expect(chosen(s)).toEqual([10, 12]);
    s = applyGesture(s, 12, 'mark', order);
    expect(chosen(s)).toEqual([10]);
    expect(s.active).toBe(12);
  });

  it('combined actions take the chosen rows that are shown, else the active one', () => {
    const rows = order.map((seq) => ({ seq }));
    expect(selectedOf({ active: 12, chosen: new Set([14, 10, 99]) }, rows, (r) => r.seq)).toEqual([
      { seq: 10 },
      { seq: 14 },
    ]);
    expect(selectedOf({ active: 12, chosen: new Set() }, rows, (r) => r.seq)).toEqual([{ seq: 12 }]);
    expect(selectedOf({ active: 99, chosen: new Set() }, rows, (r) => r.seq)).toEqual([]);
  });

  it.each([
    [{ ctrlKey: false, metaKey: false, shiftKey: false }, 'only'],
    [{ ctrlKey: true, metaKey: false, shiftKey: false }, 'toggle'],
    [{ ctrlKey: false, metaKey: true, shiftKey: false }, 'toggle'],
    [{ ctrlKey: true, metaKey: false, shiftKey: true }, 'range'],
  ])('%j → %s', (event, gesture) => {
    expect(gestureOf(event)).toBe(gesture);
  });
});
