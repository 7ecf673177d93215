import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link.ts';

describe('safeLink', () => {
  it.each([
    ['https://learn.microsoft.com/graph/errors', 'https://learn.microsoft.com/graph/errors'],
    ['http://example.com/probs/out-of-credit', 'http://example.com/probs/out-of-credit'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['\tjavascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['/relative/path', null],
    ['about:blank', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(safeLink(input)).toBe(expected);
  });
});
