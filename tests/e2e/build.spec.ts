import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, distDir } from './support/test';

test('the build writes a service worker that precaches the shell, every lazy chunk and every locale', async () => {
  const serviceWorker = await readFile(join(distDir, 'sw.js'), 'utf8');
  const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(precached).toContain('index.html');
  expect(precached).toContain('manifest.webmanifest');
  expect(precached.filter((url) => url.startsWith('assets/') && url.endsWith('.js')).length).toBeGreaterThan(10);
  for (const screen of ['crisis', 'guides', 'directory', 'journal', 'selfcare', 'settings']) {
    expect(
      precached.some((url) => new RegExp(`assets/${screen}-[\\w-]+\\.js$`, 'i').test(url)),
      screen,
    ).toBe(true);
  }
  expect(serviceWorker).toMatch(/NavigationRoute/);
  // Tapping the reminder is handled by a small script of ours, loaded by the worker and kept offline.
  expect(serviceWorker).toContain('importScripts("/notification-click.js")');
  expect(precached).toContain('notification-click.js');
});

// The theme tokens are written once with light-dark(), which Safari before 17.5 and Chromium before
// 123 do not know: the build must lower it, or those browsers lose every colour.
test('the built stylesheets keep no light-dark() for older browsers', async () => {
  const stylesheets = (await readdir(join(distDir, 'assets'))).filter((name) => name.endsWith('.css'));
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const name of stylesheets) expect(await readFile(join(distDir, 'assets', name), 'utf8'), name).not.toContain('light-dark(');
});

test('the web app manifest makes the app installable, with a maskable icon', async () => {
  const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
    name: string;
    short_name: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Compañera', short_name: 'Compañera', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const bytes = await readFile(join(distDir, icon.src));
    expect(bytes.subarray(1, 4).toString('ascii'), icon.src).toBe('PNG');
  }
});

test('the built page carries the Content-Security-Policy', async () => {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

// A crisis note's unlock must not load the journal: the vault's screens are features/vault's own.
// From the notes' chunks, follow every static import, and every dynamic import made by one of
// those chunks (the vault gate's set-up and unlock screens), but not the routes the app's entry
// chunk can load: the journal's chunk must not be among them.
test("the crisis notes and their unlock load none of the journal's code", async () => {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const noteEntries = ['src/features/crisis/notes/NotesScreen.tsx', 'src/features/crisis/notes/NoteEditor.tsx'];
  const journalEntry = manifest['src/features/journal/index.ts'];
  expect(journalEntry, 'the journal is a chunk of its own').toBeDefined();
  const reached = new Set<string>();
  const waiting = [...noteEntries];
  for (let key = waiting.pop(); key !== undefined; key = waiting.pop()) {
    if (reached.has(key)) continue;
    const chunk = manifest[key];
    expect(chunk, key).toBeDefined();
    reached.add(key);
    if (chunk?.isEntry) continue;
    waiting.push(...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? []));
  }
  const reachedFiles = [...reached].map((key) => manifest[key]?.file);
  expect(reachedFiles).toContain(manifest['src/features/vault/vaultScreens.ts']?.file);
  expect(reachedFiles).not.toContain(journalEntry?.file);
  expect([...reached].filter((key) => key.startsWith('src/features/journal/'))).toEqual([]);
});

test('the build manifest is not precached', async () => {
  const serviceWorker = await readFile(join(distDir, 'sw.js'), 'utf8');
  expect(serviceWorker).not.toContain('.vite/');
});

// The home screen paints before zod (16 KiB gzip) could load: preferences and the quick-exit and
// disguise settings are read by hand there (src/prefs/preferences.ts, features/safety/safetySettings.ts,
// held equal to their schemas by unit tests). Everything the entry imports statically loads before
// the first paint; none of it may carry zod, whose every build names its base type "$ZodType".
test('the first screen loads no zod', async () => {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  expect(manifest['index.html']?.isEntry, 'index.html is the entry').toBe(true);
  const reached = new Set<string>();
  const waiting = ['index.html'];
  for (let key = waiting.pop(); key !== undefined; key = waiting.pop()) {
    if (reached.has(key)) continue;
    reached.add(key);
    waiting.push(...(manifest[key]?.imports ?? []));
  }
  const firstFiles = [...reached].map((key) => manifest[key]?.file ?? key);
  expect(firstFiles.length).toBeGreaterThan(3);
  for (const file of firstFiles) expect(await readFile(join(distDir, file), 'utf8'), file).not.toContain('$ZodType');
  // The marker still names zod: the chunks that load it later carry it.
  const allChunks = (await readdir(join(distDir, 'assets'))).filter((name) => name.endsWith('.js'));
  const withZod = await Promise.all(
    allChunks.map(async (name) => (await readFile(join(distDir, 'assets', name), 'utf8')).includes('$ZodType')),
  );
  expect(withZod.some(Boolean)).toBe(true);
});
