import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rules in eslint.config.js, as ESLint computes them for a path: each case plants one
 * import in a file that would live at that path and checks whether lint refuses it. Only the
 * import rule runs (the rest of the config needs the file on disk for type information).
 */
// Vitest runs from the repository root, where eslint.config.js is.
const eslint = new ESLint({ cwd: process.cwd() });
const linter = new Linter({ configType: 'flat' });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  if (rule === undefined) throw new Error(`no import rule applies to ${filePath}`);
  const messages = linter.verify(
    code,
    [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } }],
    filePath,
  );
  return messages.map((message) => message.message);
}

// Loading the config (typescript-eslint and the plugins) takes seconds on a busy machine.
describe('the layers hold one way down', { timeout: 60_000 }, () => {
  it.each([
    [
      'a feature imports the shell',
      'src/features/content/Planted.tsx',
      "import { x } from '../../app/contentSync';",
      'Features never import src/app',
    ],
    [
      'a feature file one folder down imports the shell',
      'src/features/crisis/notes/Planted.tsx',
      "import { x } from '../../../app/App';",
      'Features never import src/app',
    ],
    [
      'a feature reaches into another feature',
      'src/features/crisis/Planted.tsx',
      "import { x } from '../directory/ReferralList';",
      "through that feature's index.ts",
    ],
    [
      'a feature one folder down reaches into another',
      'src/features/crisis/engine/Planted.ts',
      "import { x } from '../../journal/entry';",
      "through that feature's index.ts",
    ],
    [
      "the vault's screens use another feature, even through its index",
      'src/features/vault/Planted.tsx',
      "import { JournalScreen } from '../journal';",
      "The vault's screens import no other feature",
    ],
    [
      'a vault screen one folder down uses another feature',
      'src/features/vault/backup/Planted.tsx',
      "import { NotesScreen } from '../../crisis';",
      "The vault's screens import no other feature",
    ],
    ['content imports React', 'src/content/planted.ts', "import { useState } from 'react';", 'no React'],
    ['content imports the database', 'src/content/planted.ts', "import { db } from '../db';", 'no database'],
    ['content imports the sync', 'src/content/planted.ts', "import { startSync } from '../sync';", 'no database, no sync'],
    ['content imports the vault', 'src/content/planted.ts', "import { lock } from '../vault';", 'no vault'],
    ['content imports a feature', 'src/content/planted.ts', "import { x } from '../features/crisis';", 'must not import them'],
    ['db imports react-dom', 'src/db/planted.ts', "import { createRoot } from 'react-dom/client';", 'no React'],
    ['db imports the sync', 'src/db/planted.ts', "import { startSync } from '../sync';", 'src/db sits below'],
    ['the vault imports a React binding', 'src/vault/planted.ts', "import { useLiveQuery } from 'dexie-react-hooks';", 'no React'],
    ['the vault imports the shell', 'src/vault/planted.ts', "import { x } from '../app/App';", 'must not import them'],
    ['the sync imports a feature', 'src/sync/planted.ts', "import { x } from '../features/content';", 'must not import them'],
    ['the sync imports React', 'src/sync/planted.ts', "import { useSyncExternalStore } from 'react';", 'no React'],
    ['the store module imports React', 'src/lib/planted.ts', "import { useSyncExternalStore } from 'react';", 'no React'],
    ['the store module imports another layer', 'src/lib/planted.ts', "import { db } from '../db';", 'imports nothing else of the app'],
    ['preferences import React', 'src/prefs/planted.ts', "import { useSyncExternalStore } from 'react';", 'no React'],
  ])('refuses %s', async (_label, filePath, code, expected) => {
    const messages = await refusals(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each([
    ['a feature uses another through its index', 'src/features/crisis/Planted.tsx', "import { ReferralList } from '../directory';"],
    [
      'a feature uses its own files and the layers below',
      'src/features/crisis/notes/Planted.tsx',
      "import { a } from '../engine/scriptEngine';\nimport { b } from '../../../content/schema';\nimport { c } from '../../../sync';\nimport { d } from '../../../ui/useLiveQuery';",
    ],
    [
      "the vault's screens use the vault, the ui and their own files",
      'src/features/vault/Planted.tsx',
      "import { unlock } from '../../vault';\nimport { TextField } from '../../ui/TextField';\nimport { VaultGate } from './VaultGate';",
    ],
    ['the feature named content reaches src/content', 'src/features/content/Planted.tsx', "import { a } from '../../content/schema';"],
    [
      'the sync uses content and the database',
      'src/sync/planted.ts',
      "import { a } from '../content/verify';\nimport { db } from '../db';",
    ],
    ["the database uses content's types", 'src/db/planted.ts', "import type { Pack } from '../content/schema';"],
    [
      'the shell uses features and React',
      'src/app/Planted.tsx',
      "import { useState } from 'react';\nimport { x } from '../features/crisis';",
    ],
    ['every layer holds a store', 'src/db/planted.ts', "import { createStore } from '../lib/store';"],
    ['ui holds the hooks', 'src/ui/planted.ts', "import { useLiveQuery } from 'dexie-react-hooks';"],
  ])('lets %s', async (_label, filePath, code) => {
    expect(await refusals(filePath, code)).toEqual([]);
  });
});
