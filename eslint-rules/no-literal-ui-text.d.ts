import type { ESLint, Rule } from 'eslint';

export const noLiteralUiText: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
