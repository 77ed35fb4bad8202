// Flags text a person would see or hear that is written in a component instead of locales/ or a pack:
// JSX text with letters, and string literals with letters in attributes that are read out or shown.
const spokenAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const hasLetters = (text) => /\p{L}/u.test(text);

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text must come from locales/ or content packs' },
    messages: {
      literal: 'User-visible text "{{text}}" must come from locales/<lng>/*.json (use t()) or from a content pack.',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasLetters(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!spokenAttributes.has(name) || !node.value) return;
        if (node.value.type === 'Literal' && typeof node.value.value === 'string' && hasLetters(node.value.value)) {
          report(node.value, node.value.value);
        }
        const inner = node.value.type === 'JSXExpressionContainer' ? node.value.expression : null;
        if (inner?.type === 'Literal' && typeof inner.value === 'string' && hasLetters(inner.value)) report(inner, inner.value);
        if (inner?.type === 'TemplateLiteral' && inner.quasis.some((quasi) => hasLetters(quasi.value.cooked ?? ''))) {
          report(inner, inner.quasis.map((quasi) => quasi.value.cooked).join('…'));
        }
      },
    };
  },
};

export default { rules: { 'no-literal-ui-text': noLiteralUiText } };
