import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { noLiteralUiText } from '../../eslint-rules/no-literal-ui-text.js';

RuleTester.describe = describe;
RuleTester.it = it;

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

ruleTester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    { code: 'const a = <p>{t("home.title")}</p>;' },
    { code: 'const a = <span aria-hidden="true">✚</span>;' },
    { code: 'const a = <button aria-label={t("close")}>×</button>;' },
    { code: 'const a = <div className="main-action" id="x-1" />;' },
    { code: 'const a = <p> {count} · </p>;' },
  ],
  invalid: [
    { code: 'const a = <p>Call now</p>;', errors: [{ messageId: 'literal' }] },
    { code: 'const a = <p>Llamar ahora</p>;', errors: [{ messageId: 'literal' }] },
    { code: 'const a = <button aria-label="Close">×</button>;', errors: [{ messageId: 'literal' }] },
    { code: 'const a = <img alt={"A photo"} src="x.png" />;', errors: [{ messageId: 'literal' }] },
    { code: 'const a = <input placeholder={`Search ${where}`} />;', errors: [{ messageId: 'literal' }] },
    { code: 'const a = <abbr title="Hors ligne">HL</abbr>;', errors: [{ messageId: 'literal' }, { messageId: 'literal' }] },
  ],
});
