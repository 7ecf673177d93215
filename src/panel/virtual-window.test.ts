import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RENDER_ALL_UP_TO,
  anchoredScrollTop,
  keyTarget,
  pageRows,
  renderedRows,
  revealRow,
  rowsInView,
} from './virtual-window.ts';

const H = 20;

describe('rowsInView and renderedRows', () => {
  it('takes every row that shows even in part', () => {
    expect(rowsInView(1000, { scrollTop: 30, height: 100 }, H)).toEqual({ start: 1, end: 7 });
    expect(rowsInView(3, { scrollTop: 0, height: 100 }, H)).toEqual({ start: 0, end: 3 });
    expect(rowsInView(1000, { scrollTop: 0, height: 0 }, H)).toEqual({ start: 0, end: 0 });
  });

  it('renders a small list whole', () => {
    expect(renderedRows(RENDER_ALL_UP_TO, { scrollTop: 400, height: 40 }, H)).toEqual({
      start: 0,
      end: RENDER_ALL_UP_TO,
    });
  });

  it('renders the rows in view plus at most as many again, whatever the size and position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: RENDER_ALL_UP_TO + 1, max: 200_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        (count, at, height) => {
          const scrollTop = at * Math.max(0, count * H - height);
          const inView = rowsInView(count, { scrollTop, height }, H);
          const rendered = renderedRows(count, { scrollTop, height }, H);
          expect(rendered.start).toBeLessThanOrEqual(inView.start);
          expect(rendered.end).toBeGreaterThanOrEqual(inView.end);
          expect(rendered.end - rendered.start).toBeLessThanOrEqual(2 * (inView.end - inView.start));
        },
      ),
    );
  });

  it('overscans on both sides in the middle of a long list', () => {
    expect(renderedRows(100_000, { scrollTop: 50_000 * H, height: 30 * H }, H)).toEqual({
      start: 49_994,
      end: 50_036,
    });
  });
});

describe('revealRow', () => {
  const view = { scrollTop: 100, height: 100 };
  it('leaves a row in view where it is', () => expect(revealRow(6, view, H)).toBe(100));
  it('scrolls up to a row above', () => expect(revealRow(2, view, H)).toBe(40));
  it('scrolls down just enough for a row below', () => expect(revealRow(10, view, H)).toBe(120));
  it('shows a row cut by the bottom edge whole', () =>
    expect(revealRow(9, { scrollTop: 100, height: 90 }, H)).toBe(110));
});

describe('keyTarget', () => {
  it('moves by one, by a page and to either end, within the list', () => {
    expect(keyTarget('ArrowDown', 3, 10, 4)).toBe(4);
    expect(keyTarget('ArrowUp', 3, 10, 4)).toBe(2);
    expect(keyTarget('ArrowUp', 0, 10, 4)).toBe(0);
    expect(keyTarget('ArrowDown', 9, 10, 4)).toBe(9);
    expect(keyTarget('PageDown', 8, 10, 4)).toBe(9);
    expect(keyTarget('PageUp', 5, 10, 4)).toBe(1);
    expect(keyTarget('Home', 5, 10, 4)).toBe(0);
    expect(keyTarget('End', 5, 10, 4)).toBe(9);
  });

  it('starts at the first row when nothing is selected', () => {
    expect(keyTarget('ArrowDown', -1, 10, 4)).toBe(0);
    expect(keyTarget('ArrowUp', -1, 10, 4)).toBe(0);
    expect(keyTarget('PageDown', -1, 10, 4)).toBe(4);
  });

  it('ignores other keys and empty lists', () => {
    expect(keyTarget('a', 3, 10, 4)).toBeNull();
    expect(keyTarget('Enter', 3, 10, 4)).toBeNull();
    expect(keyTarget('ArrowDown', -1, 0, 4)).toBeNull();
  });

  it('pages by the rows wholly in view', () => {
    expect(pageRows(95, H)).toBe(4);
    expect(pageRows(5, H)).toBe(1);
  });
});

describe('anchoredScrollTop', () => {
  const before = ['e', 'd', 'c', 'b', 'a'];
  it('keeps the row at the top of the view in place when rows arrive above it', () => {
    expect(anchoredScrollTop(before, ['g', 'f', ...before], 45, H)).toBe(85);
  });

  it('counts arrivals that land between older rows above the view', () => {
    expect(anchoredScrollTop(before, ['e', 'x', 'd', 'c', 'y', 'b', 'a'], 45, H)).toBe(65);
  });

  it('ignores arrivals below the view and rows dropped from the end', () => {
    expect(anchoredScrollTop(before, ['e', 'd', 'c', 'b', 'z'], 25, H)).toBe(25);
  });

  it('stays at the top, where the newest rows show', () => {
    expect(anchoredScrollTop(before, ['f', ...before], 0, H)).toBe(0);
  });

  it('keeps the position when the anchor is gone', () => {
    expect(anchoredScrollTop(before, [], 45, H)).toBe(45);
  });
});
