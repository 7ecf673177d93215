/**
 * A vite plugin that takes preact's `dangerouslySetInnerHTML` support out of the bundle: the panel renders
 * text, never markup (lint forbids the prop in our code), so the one `innerHTML` assignment preact ships
 * is code we never run, and the one thing `web-ext lint` warns about (UNSAFE_VAR_ASSIGNMENT). The branch
 * is replaced by a throw, so a future use of the prop fails loudly instead of silently rendering nothing.
 * preact has no build without it; its dist is minified, so the pattern is checked: when an upgrade
 * changes its shape, the build stops here rather than shipping the assignment again.
 */
import type { Plugin } from 'vite';

/** preact's dist file that holds `diffElementNodes` (src/diff/index.js, `if (newHtml) { … }`). */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

/**
 * `(isHydrating || oldHtml && (newHtml.__html == oldHtml.__html || newHtml.__html == dom.innerHTML)
 *   || (dom.innerHTML = newHtml.__html), …` as minified, whatever the one-letter names are.
 */
const MARKUP_BRANCH =
  /\(\w+\|\|\w+&&\((\w+)\.__html==\w+\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\2\.innerHTML=\1\.__html\),/g;

export const REFUSAL = 'dangerouslySetInnerHTML is not supported: Faultline renders text, never markup';

/** preact's code with the markup branch replaced by a throw; an error when its shape is not the known one. */
export function withoutMarkupBranch(code: string): string {
  const matches = code.match(MARKUP_BRANCH)?.length ?? 0;
  if (matches !== 1) {
    throw new Error(
      `preact-text-only: expected preact's dangerouslySetInnerHTML branch once, found it ${matches} times ` +
        '(did preact change? read node_modules/preact/src/diff/index.js and update MARKUP_BRANCH)',
    );
  }
  const result = code.replace(MARKUP_BRANCH, `((()=>{throw new Error(${JSON.stringify(REFUSAL)})})(),`);
  if (result.includes('innerHTML')) throw new Error('preact-text-only: preact still touches innerHTML');
  return result;
}

export function preactTextOnly(): Plugin {
  return {
    name: 'faultline-preact-text-only',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      return { code: withoutMarkupBranch(code), map: null };
    },
  };
}
