import { describe, expect, it } from 'vitest';
import { fillNow, lazyArray, unfilledTag } from './lazy-array.ts';

describe('lazyArray', () => {
  it('is filled once, on the first read, and then reads as the array it was filled with', () => {
    let fills = 0;
    const list = lazyArray(() => {
      fills++;
      return [1, 2, 3];
    }, 'tag');
    expect(fills).toBe(0);
    expect(unfilledTag(list)).toBe('tag');
    expect(Array.isArray(list)).toBe(true);
    expect(fills).toBe(0);
    expect(list.length).toBe(3);
    expect(list.map((n) => n * 2)).toEqual([2, 4, 6]);
    expect([...list]).toEqual([1, 2, 3]);
    expect(JSON.stringify({ list })).toBe('{"list":[1,2,3]}');
    expect(list).toEqual([1, 2, 3]);
    expect(Object.keys(list)).toEqual(['0', '1', '2']);
    expect(fills).toBe(1);
    expect(unfilledTag(list)).toBeUndefined();
  });

  it('is filled before any write, so nothing written is lost or doubled', () => {
    const pushed = lazyArray(() => ['a']);
    pushed.push('b');
    expect(pushed).toEqual(['a', 'b']);
    const set = lazyArray(() => ['a', 'b']);
    set[0] = 'z';
    expect(set).toEqual(['z', 'b']);
    const deleted = lazyArray(() => ['a', 'b']);
    expect(deleted.pop()).toBe('b');
    expect(deleted).toEqual(['a']);
  });

  it('answers "in" and own-key questions from the filled array', () => {
    const list = lazyArray(() => ['x']);
    expect(0 in list).toBe(true);
    expect(Object.getOwnPropertyDescriptor(list, '0')?.value).toBe('x');
  });

  it('fillNow fills a lazy array and leaves any other array alone', () => {
    let fills = 0;
    const list = lazyArray(() => [fills++]);
    fillNow(list);
    expect(fills).toBe(1);
    expect(unfilledTag(list)).toBeUndefined();
    const plain = [1];
    fillNow(plain);
    expect(unfilledTag(plain)).toBeUndefined();
    expect(plain).toEqual([1]);
  });
});
