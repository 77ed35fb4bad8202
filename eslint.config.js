import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import companera from './eslint-rules/no-literal-ui-text.js';

// Architecture boundaries (docs/ARCHITECTURE.md): one module owns each dangerous capability.
const onlyDbImportsDexie = { name: 'dexie', message: 'Only src/db talks to IndexedDB; import from src/db instead.' };
const onlyAppRegistersTheWorker = {
  name: 'virtual:pwa-register',
  message: 'Only src/app handles the service worker.',
};
const fetchBelongsToSync = {
  name: 'fetch',
  message: 'Only src/sync fetches: the only network traffic allowed is content-pack downloads.',
};
const subtleBelongsToVault = [
  { object: 'crypto', property: 'subtle', message: 'Only src/vault (personal data) and src/content (signatures and hashes) use WebCrypto.' },
  { object: 'globalThis', property: 'crypto', message: 'Only src/vault and src/content use WebCrypto.' },
  { object: 'window', property: 'crypto', message: 'Only src/vault and src/content use WebCrypto.' },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-next/', 'dist-*/', 'node_modules/', '.vitest/', 'test-results/', 'playwright-report/', '.reports/', 'dev-dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'eslint-rules/*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Handlers like onClick={() => setOpen(false)} read clearly; braces around them add noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, companera },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'companera/no-literal-ui-text': 'error',
      'no-restricted-imports': ['error', { paths: [onlyDbImportsDexie, onlyAppRegistersTheWorker] }],
      'no-restricted-globals': ['error', fetchBelongsToSync],
      'no-restricted-properties': ['error', ...subtleBelongsToVault],
    },
  },
  { files: ['src/db/**'], rules: { 'no-restricted-imports': ['error', { paths: [onlyAppRegistersTheWorker] }] } },
  { files: ['src/app/**'], rules: { 'no-restricted-imports': ['error', { paths: [onlyDbImportsDexie] }] } },
  { files: ['src/sync/**'], rules: { 'no-restricted-globals': 'off' } },
  { files: ['src/content/**'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['src/vault/**'], rules: { 'no-restricted-properties': 'off' } },
  {
    // Tests may write literal text and reach any module; scripts and tests run in Node.
    files: ['src/**/*.test.{ts,tsx}', 'tests/**', 'scripts/**', 'eslint-rules/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'companera/no-literal-ui-text': 'off',
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
