import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { readdirSync } from 'node:fs';
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
  {
    object: 'crypto',
    property: 'subtle',
    message: 'Only src/vault (personal data) and src/content (signatures and hashes) use WebCrypto.',
  },
  { object: 'globalThis', property: 'crypto', message: 'Only src/vault and src/content use WebCrypto.' },
  { object: 'window', property: 'crypto', message: 'Only src/vault and src/content use WebCrypto.' },
];

// Layers depend one way (docs/ARCHITECTURE.md, "Boundaries"): app -> features -> (ui, content,
// sync, vault, db, prefs, i18n); sync -> content, db; db -> content's types. Import specifiers are
// relative, so each rule matches how far an import climbs from the folder the file is in.
const reactFree = (layer) => [
  {
    regex: '^(react|react-dom|react-i18next|dexie-react-hooks)(/|$)',
    message: `${layer} is plain TypeScript with no React (the packs CLI and a worker run it too); put hooks in src/ui or the feature that uses them.`,
  },
  { regex: '^(\\.\\./)+(features|app)(/|$)', message: `${layer} sits below the features and the shell: it must not import them.` },
];
const contentIsPure = {
  regex: '^(\\.\\./)+(db|sync|vault)(/|$)',
  message: 'src/content is the pure core shared with the CLI: no database, no sync, no vault.',
};
const dbBelowSyncAndVault = {
  regex: '^(\\.\\./)+(sync|vault)(/|$)',
  message: "src/db sits below src/sync and src/vault (they import it): it may import only content's types.",
};
const libStandsAlone = {
  regex: '^\\.\\./',
  message: 'src/lib is the bottom layer, shared by every other: it imports nothing else of the app.',
};
const featureNames = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// A file `depth` folders inside its feature climbs depth + 1 times to reach src/features, depth + 2 to reach src.
const featureBoundaries = (depth) => [
  {
    regex: `^(\\.\\./){${depth + 2}}app(/|$)`,
    message: 'Features never import src/app (the shell imports them); move what both need to a lower layer.',
  },
  {
    regex: `^(\\.\\./){${depth + 1}}(${featureNames.join('|')})/(?!index(\\.tsx?)?$)`,
    message: "A feature reaches another feature only through that feature's index.ts.",
  },
];
// The vault's screens sit under every feature that keeps something in the vault (the journal, the
// crisis notes, ...): they import none of them, not even through an index, or unlocking for one
// would load another's code. What a feature must give them (the journal's filing) it hands in.
const vaultScreensStandAlone = (depth) => ({
  regex: `^(\\.\\./){${depth + 1}}(${featureNames.filter((name) => name !== 'vault').join('|')})(/|$)`,
  message:
    "The vault's screens import no other feature (unlocking for one must not load another); have the feature hand in what they need.",
});
const restrictImports = (paths, patterns = []) => ['error', { paths, patterns }];
const everywhereInSrc = [onlyDbImportsDexie, onlyAppRegistersTheWorker];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-next/',
      'dist-*/',
      'node_modules/',
      '.vitest/',
      'test-results/',
      'playwright-report/',
      '.reports/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'eslint-rules/*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
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
      'no-restricted-imports': restrictImports(everywhereInSrc),
      'no-restricted-globals': ['error', fetchBelongsToSync],
      'no-restricted-properties': ['error', ...subtleBelongsToVault],
    },
  },
  { files: ['src/app/**'], rules: { 'no-restricted-imports': restrictImports([onlyDbImportsDexie]) } },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': restrictImports([onlyAppRegistersTheWorker], [...reactFree('src/db'), dbBelowSyncAndVault]) },
  },
  {
    files: ['src/content/**'],
    rules: { 'no-restricted-imports': restrictImports(everywhereInSrc, [...reactFree('src/content'), contentIsPure]) },
  },
  {
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': restrictImports(everywhereInSrc, [...reactFree('src/lib'), libStandsAlone]) },
  },
  ...['vault', 'sync', 'prefs'].map((layer) => ({
    files: [`src/${layer}/**`],
    rules: { 'no-restricted-imports': restrictImports(everywhereInSrc, reactFree(`src/${layer}`)) },
  })),
  ...[0, 1, 2].map((depth) => ({
    files: [`src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrictImports(everywhereInSrc, featureBoundaries(depth)) },
  })),
  ...[0, 1, 2].map((depth) => ({
    files: [`src/features/vault/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrictImports(everywhereInSrc, [...featureBoundaries(depth), vaultScreensStandAlone(depth)]) },
  })),
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
