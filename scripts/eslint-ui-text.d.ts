import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & {
  rules: Record<'no-jsx-text' | 'no-literal-sentence', Rule.RuleModule>;
};
export default plugin;
