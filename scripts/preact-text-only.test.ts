import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REFUSAL, withoutMarkupBranch } from './preact-text-only.ts';

/** The preact dist file vite bundles, as installed. */
const preactDist = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');

describe('withoutMarkupBranch', () => {
  it('takes every innerHTML out of the installed preact and throws where the branch was', () => {
    expect(preactDist).toContain('.innerHTML=');
    const code = withoutMarkupBranch(preactDist);
    expect(code).not.toContain('innerHTML');
    expect(code).toContain(JSON.stringify(REFUSAL));
    // Only the markup branch changed: what comes before and after it is preact's, byte for byte.
    const refusal = `((()=>{throw new Error(${JSON.stringify(REFUSAL)})})(),`;
    const at = code.indexOf(refusal);
    expect(code.slice(0, at)).toBe(preactDist.slice(0, at));
    expect(preactDist.endsWith(code.slice(at + refusal.length))).toBe(true);
  });

  it('stops the build when preact no longer has the known shape', () => {
    expect(() => withoutMarkupBranch('e.innerHTML=h.__html')).toThrow(/found it 0 times/);
    const twice = preactDist + preactDist;
    expect(() => withoutMarkupBranch(twice)).toThrow(/found it 2 times/);
  });
});
