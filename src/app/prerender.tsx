/*
 * The build's entry for prerendering (scripts/prerender/vitePlugin.ts loads it through Vite's SSR
 * loader, in Node, never in the browser bundle): the home screen and the crisis picker rendered by
 * the app's own components, in one language, as the app shows them to someone whose phone holds
 * what the first content sync installs. public/boot.js puts that HTML on screen before the app's
 * code has loaded, only when the app would show the same screen, and main.tsx hydrates it.
 */
// Before Dexie is loaded: the crisis list reads its scripts from IndexedDB, here an in-memory one.
import 'fake-indexeddb/auto';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './App';
import { preloadScreen } from './routes';
import { changeLanguage, initI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { preferencesStorageKey, resetPreferencesCache } from '../prefs/preferences';
import { setPrerenderPath } from '../ui/router';
import { db } from '../db/db';
import { installedPackRecord } from '../db/records';
import type { PfaScriptPack } from '../content/schema';

/** A Storage in memory: the preferences module reads the language from localStorage, which Node has not. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const storage = memoryStorage();
Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });

let hasStarted = false;

/** Installs the built-in scripts the way the sync records them, so the crisis list reads what it reads after a first sync. */
export async function installScripts(scripts: readonly PfaScriptPack[]): Promise<void> {
  await db.packs.clear();
  // No manifest here: the list reads neither hash nor length, so they stay empty.
  const listed = (script: PfaScriptPack) => ({ title: script.title, version: 1, sha256: '', length: 0 });
  await db.packs.bulkPut(scripts.map((script) => installedPackRecord(script, listed(script), 'builtin', '2026-01-01T00:00:00.000Z')));
}

/** The HTML that React renders into #root for `path` in `language` (no <html>, no <head>). */
export async function renderScreen(language: Language, path: string): Promise<string> {
  storage.setItem(preferencesStorageKey, JSON.stringify({ language }));
  resetPreferencesCache();
  if (hasStarted) await changeLanguage(language);
  else await initI18n(language);
  hasStarted = true;
  setPrerenderPath(path);
  // Starts the screen's code; not awaited, as its promise waits for the screen's first paint in a
  // browser. The prerender itself waits for every lazy part and every read.
  void preloadScreen(path);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
