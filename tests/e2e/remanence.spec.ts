import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { JournalPage } from './pages/JournalPage';
import { SafetyPage } from './pages/SafetyPage';
import { distDir } from './support/test';

type Secret = { name: string; bytes: Buffer };

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Which secrets' bytes (raw or base64) are still in any file of the profile, and where. */
async function findOnDisk(profile: string, secrets: Secret[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const file of await filesUnder(profile)) {
    const content = await readFile(file).catch(() => undefined);
    if (!content) continue;
    for (const secret of secrets) {
      if (content.includes(secret.bytes) || content.includes(Buffer.from(secret.bytes.toString('base64'))))
        (found[secret.name] ??= []).push(file.slice(profile.length));
    }
  }
  return found;
}

/** The vault's key material and ciphertext as stored, read through the page. */
async function vaultSecrets(page: Page): Promise<Secret[]> {
  const raw = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('companera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    const bytes = (value: unknown) => Array.from(value as Uint8Array);
    const [key] = await all('vaultKeys');
    const records = await all('vaultRecords');
    database.close();
    return {
      wrappedKey: bytes(key?.wrappedKey),
      salt: bytes((key?.kdf as { salt: unknown } | undefined)?.salt),
      records: records.map((row) => ({ iv: bytes(row.iv), ciphertext: bytes(row.ciphertext) })),
    };
  });
  return [
    { name: 'wrapped key', bytes: Buffer.from(raw.wrappedKey) },
    { name: 'salt', bytes: Buffer.from(raw.salt) },
    ...raw.records.map((row, index) => ({ name: `record ${index} IV`, bytes: Buffer.from(row.iv) })),
    ...raw.records.map((row, index) => ({ name: `record ${index} ciphertext`, bytes: Buffer.from(row.ciphertext.slice(0, 32)) })),
  ];
}

const marker = 'MARKER-remanence-5b1e';

/*
 * "Delete all my data" against the browser's real files: a persistent profile on disk, a journal
 * entry, a wipe, the browser closed, then every file of the profile searched for the vault's
 * wrapped key, salt, IVs and ciphertext (raw and base64). Without the wipe's overwrite and filler
 * (src/features/safety/flushStorage.ts), Chromium's LevelDB kept all of them in an .ldb file.
 */
test('after "Delete all my data" and closing the browser, no key material or ciphertext of the journal is left in the profile files', async () => {
  test.setTimeout(150_000);
  const profile = await mkdtemp(join(tmpdir(), 'companera-remanence-'));
  const server = await startStaticServer(distDir);
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      baseURL: server.origin,
      locale: 'en-US',
      serviceWorkers: 'allow',
    });
  let context: BrowserContext | undefined;
  try {
    context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const journal = new JournalPage(page);
    await journal.setUp('remanence test passphrase');
    await journal.link('Write more').click();
    await journal.mood('Bad').check();
    await journal.field('What happened? What is on your mind?').fill(`Entry ${marker}`);
    await journal.button('Save entry').click();
    await expect(journal.entries()).toHaveCount(1);
    const secrets = await vaultSecrets(page);
    expect(secrets.map((secret) => secret.name)).toEqual(
      expect.arrayContaining(['wrapped key', 'salt', 'record 0 IV', 'record 0 ciphertext']),
    );
    await context.close();
    context = undefined;
    // The search works: before the wipe, the browser's files hold every one of them (never the text).
    const before = await findOnDisk(profile, [...secrets, { name: 'marker', bytes: Buffer.from(marker) }]);
    expect(Object.keys(before).sort()).toEqual(secrets.map((secret) => secret.name).sort());

    context = await launch();
    const again = context.pages()[0] ?? (await context.newPage());
    const safety = new SafetyPage(again);
    await safety.openSettings();
    await safety.deleteAllData();
    // The wipe waits for Chromium to drop the old files; she is told to keep the app open meanwhile.
    await expect(again.getByRole('status').filter({ hasText: 'Keep the app open until it says your data is deleted.' })).toBeVisible();
    await again.waitForURL((url) => url.pathname === '/');
    await expect(safety.heading('Your data is deleted')).toBeVisible();
    await context.close();
    context = undefined;

    expect(await findOnDisk(profile, [...secrets, { name: 'marker', bytes: Buffer.from(marker) }])).toEqual({});
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
