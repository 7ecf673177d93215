import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.ts';
import { createSession } from './session.ts';

const finding = (code: string): Finding => ({
  family: 'generic-http',
  code,
  status: 500,
  message: null,
  method: 'GET',
  url: 'https://x/',
  startedAt: '',
  correlationIds: [],
  bodyState: 'analyzed',
  hints: [],
  nested: [],
});

describe('createSession', () => {
  it('keeps findings in arrival order and tells subscribers', () => {
    const session = createSession();
    const seen: string[] = [];
    session.subscribe((added) => added.forEach((e) => seen.push(e.finding.code ?? '')));
    session.add(finding('a'));
    session.add(finding('b'));
    expect(session.entries().map((e) => [e.seq, e.finding.code])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('drops the oldest past the cap', () => {
    const session = createSession({ cap: 2 });
    ['a', 'b', 'c'].forEach((c) => session.add(finding(c)));
    expect(session.entries().map((e) => e.finding.code)).toEqual(['b', 'c']);
  });

  it('survives a listener that throws and stops calling it', () => {
    const session = createSession();
    let calls = 0;
    session.subscribe(() => {
      calls++;
      throw new Error('dead window');
    });
    session.add(finding('a'));
    session.add(finding('b'));
    expect(calls).toBe(1);
    expect(session.entries()).toHaveLength(2);
  });

  it('stops notifying after unsubscribe, and clear empties the list', () => {
    const session = createSession();
    let calls = 0;
    const off = session.subscribe(() => calls++);
    off();
    session.add(finding('a'));
    session.clear();
    expect(calls).toBe(0);
    expect(session.entries()).toEqual([]);
  });
});
