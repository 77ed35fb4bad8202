import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { JournalPage } from './pages/JournalPage';
import { goOffline, waitForOfflineReady } from './support/offline';
import { makeJournalBackup, type BackupEntry } from './support/journalBackup';
import { dumpBrowserStorage, findInDump } from './support/storageDump';

const passphrase = 'purple kite under rain';
const marker = 'ZQX-marker-4412';

test.describe('journal', () => {
  test('entries are written, edited, found, deleted with undo, and nothing readable is stored after locking', async ({ page, context }) => {
    const journal = new JournalPage(page);
    await journal.open('/');
    await waitForOfflineReady(page);
    await journal.setUp(passphrase);
    // The rest works offline.
    await goOffline(context);

    // Quick check-in: a mood and Save.
    await journal.checkIn('Bad');
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(journal.entries()).toHaveCount(1);

    // A full entry with the marker in the text and a custom feeling.
    await journal.link('Write more').click();
    await journal.heading('New entry').waitFor();
    await journal.mood('Very good').check();
    await page.getByRole('checkbox', { name: 'Calm' }).check();
    await journal.field('Another feeling, in your words').fill(`${marker}-feeling`);
    await journal.button('Add').first().click();
    const text = journal.field('What happened? What is on your mind?');
    await text.fill(`A day with ${marker} in it`);
    for (const attribute of ['autocomplete', 'autocorrect', 'autocapitalize']) await expect(text).toHaveAttribute(attribute, 'off');
    await expect(text).toHaveAttribute('spellcheck', 'false');
    await page.getByRole('checkbox', { name: 'Music' }).check();
    await journal.button('Save entry').click();
    await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
    await expect(journal.entries()).toHaveCount(2);
    await expect(journal.entries().first()).toContainText(`${marker}-feeling`);

    // Edit: change the mood.
    await journal.entries().first().getByRole('link').click();
    await journal.heading('Edit entry').waitFor();
    await expect(journal.mood('Very good')).toBeChecked();
    await journal.mood('Good').check();
    await journal.button('Save entry').click();
    await expect(journal.entries().first()).toContainText('Good');

    // Search in memory.
    await journal.field('Search your journal').fill(marker.toLowerCase());
    await expect(page.getByRole('status').filter({ hasText: '1 entry found' })).toBeVisible();
    await expect(journal.entries()).toHaveCount(1);
    await journal.field('Search your journal').fill('music');
    await expect(journal.entries()).toHaveCount(1);
    await journal.field('Search your journal').fill('');
    await expect(journal.entries()).toHaveCount(2);

    // Delete, then undo.
    await journal.entries().first().getByRole('link').click();
    await journal.button('Delete entry').click();
    await expect(journal.entries()).toHaveCount(1);
    await journal.button('Undo').click();
    await expect(page.getByRole('status').filter({ hasText: 'Entry restored.' })).toBeVisible();
    await expect(journal.entries()).toHaveCount(2);

    await journal.lock();
    // Locking clears the screen.
    await expect(page.getByRole('main')).not.toContainText(marker);
    const dump = await dumpBrowserStorage(page);
    expect(findInDump(dump, marker)).toEqual([]);
    expect(findInDump(dump, passphrase)).toEqual([]);
    // Mood values and field names appear nowhere in stored data. Left out: the app's code (Cache
    // Storage) and the public content packs, which use these everyday words themselves, with the
    // list of their ids and titles kept beside each source's manifest.
    const withoutPackList = (rows: unknown) =>
      (rows as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([field]) => field !== 'installedPacks')),
      );
    const appTables = Object.fromEntries(
      Object.entries(dump.indexedDB.companera ?? {})
        .filter(([table]) => table !== 'packs')
        .map(([table, rows]) => [table, table === 'manifests' ? withoutPackList(rows) : rows]),
    );
    const data = { ...dump, indexedDB: { ...dump.indexedDB, companera: appTables }, cacheStorage: {} };
    for (const needle of ['mood', 'feelings', 'Very good', 'Calm', 'music']) expect(findInDump(data, needle), needle).toEqual([]);
    const vaultRows = (dump.indexedDB.companera?.vaultRecords ?? []) as { kind: string; bucket: string }[];
    expect(vaultRows.length).toBeGreaterThanOrEqual(2);
    for (const row of vaultRows) expect(Object.keys(row).sort()).toEqual(['bucket', 'ciphertext', 'id', 'iv', 'kind', 'schemaVersion']);
    // Both entries are about today: one opaque bucket for this month, nothing that reads as a date.
    const entryBuckets = new Set(vaultRows.filter((row) => row.kind === 'journal-entry').map((row) => row.bucket));
    expect([...entryBuckets]).toEqual([expect.stringMatching(/^[A-Za-z0-9_-]{22}$/)]);

    // Reopen after a reload (offline): the wrong passphrase is refused, the right one opens.
    await page.reload();
    await journal.heading('Your journal is locked').waitFor();
    await journal.unlock('purple kite under rainy');
    await expect(journal.alert()).toHaveText('That passphrase did not open the journal. Check it and try again.');
    await journal.unlock(passphrase);
    await expect(journal.entries()).toHaveCount(2);
  });

  test('a tampered record shows an integrity error and the rest of the journal keeps working', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.checkIn('Okay');
    await expect(journal.entries()).toHaveCount(1);
    await journal.checkIn('Good');
    await expect(journal.entries()).toHaveCount(2);
    await journal.lock();
    // Flip one bit of one stored ciphertext, as someone editing a copy of the storage would.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('companera');
          request.onerror = () => reject(new Error('open failed'));
          request.onsuccess = () => {
            const store = request.result.transaction('vaultRecords', 'readwrite').objectStore('vaultRecords');
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result?.value as { ciphertext: Uint8Array } | undefined;
              if (!row || !cursor.result) return reject(new Error('no record'));
              row.ciphertext[0] = (row.ciphertext[0] ?? 0) ^ 1;
              cursor.result.update(row).onsuccess = () => {
                request.result.close();
                resolve();
              };
            };
          };
        }),
    );
    await journal.unlock(passphrase);
    await expect(page.getByRole('alert')).toContainText('1 entry could not be read');
    await expect(journal.entries()).toHaveCount(1);
    await journal.checkIn('Very good');
    await expect(journal.entries()).toHaveCount(2);
    await journal.button('Delete the unreadable entry').click();
    await expect(page.getByText('could not be read')).toHaveCount(0);
  });

  test('a backup moves the journal to a fresh browser; wrong passphrase and damaged files change nothing', async ({
    page,
    browser,
    server,
  }, testInfo) => {
    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.link('Write more').click();
    await journal.mood('Bad').check();
    await journal.field('What happened? What is on your mind?').fill(`Moving ${marker}`);
    await journal.button('Save entry').click();
    await journal.checkIn('Good');
    await expect(journal.entries()).toHaveCount(2);

    await journal.link('Backup').first().click();
    await journal.heading('Backup').waitFor();
    await journal.field('Passphrase for the backup file').fill('backup file phrase');
    await journal.field('Type it again').fill('backup file phrase');
    const downloading = page.waitForEvent('download');
    await journal.button('Save backup file').click();
    const download = await downloading;
    const backupPath = testInfo.outputPath('journal.backup.json');
    await download.saveAs(backupPath);
    const backupText = await readFile(backupPath, 'utf8');
    expect(backupText).not.toContain(marker);
    // Neither the file's name nor its readable header names the app.
    expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.json$/);
    const { check, payload, ...header } = JSON.parse(backupText) as Record<string, unknown>;
    expect(check).toBeDefined();
    expect(payload).toBeDefined();
    expect(header).toMatchObject({ format: 'encrypted-backup', version: 1 });
    expect(JSON.stringify(header)).not.toMatch(/compa/i);

    // A new phone: a fresh context, its own vault with one entry already.
    const otherContext = await browser.newContext({ baseURL: server.origin });
    const otherPage = await otherContext.newPage();
    const other = new JournalPage(otherPage);
    await other.setUp('another phone passphrase');
    await other.checkIn('Very bad');
    await expect(other.entries()).toHaveCount(1);
    await other.link('Backup').first().click();

    const damagedPath = testInfo.outputPath('damaged.backup.json');
    const envelope = JSON.parse(backupText) as { payload: { ciphertext: string } };
    envelope.payload.ciphertext = `${envelope.payload.ciphertext.slice(0, 10)}${envelope.payload.ciphertext[10] === 'A' ? 'B' : 'A'}${envelope.payload.ciphertext.slice(11)}`;
    await writeFile(damagedPath, JSON.stringify(envelope));

    const importFile = async (path: string, filePassphrase: string) => {
      await otherPage.getByLabel('Backup file', { exact: true }).setInputFiles(path);
      await other.field('Passphrase of the backup file').fill(filePassphrase);
      await other.button('Add backup').click();
    };
    await importFile(backupPath, 'not the file phrase');
    await expect(other.alert()).toHaveText('That passphrase does not open this backup. Nothing in your journal was changed.');
    await importFile(damagedPath, 'backup file phrase');
    await expect(other.alert()).toHaveText('This file is not a Compañera backup, or it is damaged. Nothing in your journal was changed.');
    await other.link('Entries').first().click();
    await expect(other.entries()).toHaveCount(1);

    await other.link('Backup').first().click();
    await importFile(backupPath, 'backup file phrase');
    await expect(otherPage.getByRole('status').filter({ hasText: 'Done: 2 new, 0 updated, 0 already here.' })).toBeVisible();
    await importFile(backupPath, 'backup file phrase');
    await expect(otherPage.getByRole('status').filter({ hasText: 'Done: 0 new, 0 updated, 2 already here.' })).toBeVisible();
    await other.link('Entries').first().click();
    await expect(other.entries()).toHaveCount(3);
    await expect(otherPage.getByRole('main')).toContainText(`Moving ${marker}`);
    await otherContext.close();
  });

  test("on a new phone, the set-up screen restores the journal from a backup with the file's passphrase; a wrong one makes no journal", async ({
    page,
  }, testInfo) => {
    const backupPath = testInfo.outputPath('restore.backup.json');
    const filePassphrase = 'restore from this file';
    await writeFile(
      backupPath,
      await makeJournalBackup(
        [
          { text: `Before the move ${marker}`, mood: 4, at: new Date(Date.now() - 3600_000) },
          { text: 'An older day', mood: 2, at: new Date(Date.now() - 5 * 24 * 3600_000) },
        ],
        filePassphrase,
      ),
    );
    const journal = new JournalPage(page);
    await journal.open();
    await journal.heading('Lock your journal').waitFor();
    const restore = journal.button('Restore from a backup');
    await expect(restore).toHaveAttribute('aria-expanded', 'false');
    await restore.click();
    await page.getByRole('main').getByLabel('Backup file', { exact: true }).setInputFiles(backupPath);
    await journal.field('Passphrase of the backup file').fill('not the file phrase');
    await journal.button('Restore my journal').click();
    await expect(journal.alert()).toHaveText('That passphrase does not open this backup. No journal was made.');
    await page.reload();
    await expect(journal.heading('Lock your journal')).toBeVisible();

    await journal.button('Restore from a backup').click();
    await page.getByRole('main').getByLabel('Backup file', { exact: true }).setInputFiles(backupPath);
    await journal.field('Passphrase of the backup file').fill(filePassphrase);
    await journal.button('Restore my journal').click();
    await expect(journal.heading('My journal')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your journal is back from the backup.' })).toBeVisible();
    await expect(journal.entries()).toHaveCount(2);
    await expect(page.getByRole('main')).toContainText(`Before the move ${marker}`);

    // The journal now opens with the file's passphrase.
    await page.reload();
    await journal.heading('Your journal is locked').waitFor();
    await journal.unlock(filePassphrase);
    await expect(journal.entries()).toHaveCount(2);
  });

  for (const width of [360, 320]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 740 } });

      test('the backup screen fits the width, and "saved" shows next to the button that was pressed', async ({ page }) => {
        const journal = new JournalPage(page);
        await journal.setUp(passphrase);
        await journal.checkIn('Good');
        await journal.link('Backup').first().click();
        await journal.heading('Backup').waitFor();
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(await overflow(), 'page wider than the screen').toBeLessThanOrEqual(0);

        await journal.field('Passphrase for the backup file').fill('backup file phrase');
        const again = journal.field('Type it again');
        await again.fill('backup file phrase');
        // As on a phone with its keyboard up: the field just typed in sits at the bottom edge, the
        // button under the fold, and the keyboard's "Go" sends the form.
        await again.evaluate((field) => field.scrollIntoView({ block: 'end' }));
        const save = journal.button('Save backup file');
        const downloading = page.waitForEvent('download');
        await again.press('Enter');
        await downloading;
        const saved = page.getByRole('status').filter({ hasText: /^Backup file saved with/ });
        await expect(saved).toBeInViewport();
        const [buttonBox, savedBox] = await Promise.all([save.boundingBox(), saved.boundingBox()]);
        expect(buttonBox && savedBox && savedBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(48);
        expect(await overflow(), 'page wider than the screen').toBeLessThanOrEqual(0);
      });
    });
  }

  test('a long journal shows its newest entries first, then opens the rest for search and the calendar', async ({ page }, testInfo) => {
    // Two entries a day for 300 days, newest first; one old entry holds a word nothing else has.
    const day = 24 * 3600_000;
    const now = Date.now();
    const entries: BackupEntry[] = Array.from({ length: 600 }, (_, index) => ({
      text: index === 0 ? 'Newest entry of all' : index === 555 ? 'Saw a heron by the river' : `Entry number ${index}`,
      mood: ((index % 5) + 1) as BackupEntry['mood'],
      at: new Date(now - Math.floor(index / 2) * day - (index % 2) * 3600_000),
    }));
    const backupPath = testInfo.outputPath('long.backup.json');
    await writeFile(backupPath, await makeJournalBackup(entries, 'long journal backup phrase'));

    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.link('Backup').first().click();
    await journal.importBackup(backupPath, 'long journal backup phrase');
    await expect(page.getByRole('status').filter({ hasText: 'Done: 600 new, 0 updated, 0 already here.' })).toBeVisible({
      timeout: 30_000,
    });
    await journal.link('Entries').first().click();
    await journal.lock();

    await journal.unlock(passphrase);
    await expect(journal.entries().first()).toContainText('Newest entry of all');
    await expect(journal.entryList()).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    await expect(journal.entries()).toHaveCount(60);
    await expect(journal.button('Show 60 more')).toBeVisible();

    // Search covers every entry, the oldest months too.
    await journal.field('Search your journal').fill('HERON');
    await expect(page.getByRole('status').filter({ hasText: /^1 entry found$/ })).toBeVisible();
    await expect(journal.entries()).toHaveCount(1);
    await expect(journal.entries().first()).toContainText('Saw a heron by the river');

    // The calendar shows last month's days with their entries.
    await journal.link('Calendar').first().click();
    await journal.heading('Calendar').waitFor();
    await journal.button('Previous month').click();
    await expect(
      page
        .getByRole('main')
        .getByRole('button', { name: /, mood .*, 2 entries$/ })
        .first(),
    ).toBeVisible();

    // Stored: each entry filed under its month's opaque bucket (as imported), none left unfiled.
    const dump = await dumpBrowserStorage(page);
    const rows = (dump.indexedDB.companera?.vaultRecords ?? []) as { kind: string; bucket: string }[];
    const months = new Set(entries.map(({ at }) => `${at.getFullYear()}-${at.getMonth()}`));
    const buckets = new Set(rows.filter((row) => row.kind === 'journal-entry').map((row) => row.bucket));
    expect(buckets.size).toBe(months.size);
    expect(buckets.has('')).toBe(false);
  });

  test('change passphrase: only the new one opens; a PIN works after auto-lock but not after a reload', async ({ page }) => {
    // A controllable clock (it still runs on its own), so the test can skip ahead a minute.
    await page.clock.install();
    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.checkIn('Okay');
    await journal.link('Lock settings').click();
    await journal.field('Current passphrase').fill(passphrase);
    await journal.field('New passphrase').fill('a fresh new phrase');
    await journal.field('Type the new passphrase again').fill('a fresh new phrase');
    await journal.button('Change passphrase').click();
    await expect(page.getByRole('status').filter({ hasText: 'Passphrase changed.' })).toBeVisible();

    await journal.field('PIN').fill('1357');
    await journal.button('Save PIN').click();
    await expect(page.getByRole('status').filter({ hasText: 'PIN saved.' })).toBeVisible();

    // The page hidden for over a minute locks; the PIN reopens while the key is still in memory.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.runFor(61_000);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await journal.heading('Your journal is locked').waitFor();
    await journal.field('PIN').fill('1357');
    await journal.button('Open journal').click();
    // Back where the person was, open again.
    await journal.heading('Journal lock').waitFor();

    await page.reload();
    await journal.heading('Your journal is locked').waitFor();
    await expect(journal.button('Use my PIN')).toHaveCount(0);
    await journal.unlock(passphrase);
    await expect(journal.alert()).toHaveText('That passphrase did not open the journal. Check it and try again.');
    await journal.unlock('a fresh new phrase');
    await journal.heading('Journal lock').waitFor();
    await journal.link('Entries').click();
    await expect(journal.entries()).toHaveCount(1);
  });
});

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const words = {
  'es-419': {
    setUpTitle: 'Protege tu diario',
    passphrase: 'Frase clave',
    again: 'Escribe la frase clave otra vez',
    create: 'Cerrar mi diario con clave',
    mood: 'Bien',
    save: 'Guardar',
    lock: 'Cerrar',
    open: 'Abrir diario',
    title: 'Mi diario',
  },
  en: {
    setUpTitle: 'Lock your journal',
    passphrase: 'Passphrase',
    again: 'Type the passphrase again',
    create: 'Lock my journal',
    mood: 'Good',
    save: 'Save',
    lock: 'Lock',
    open: 'Open journal',
    title: 'My journal',
  },
  'fr-CA': {
    setUpTitle: 'Verrouille ton journal',
    passphrase: 'Phrase secrète',
    again: 'Écris la phrase secrète encore une fois',
    create: 'Verrouiller mon journal',
    mood: 'Bien',
    save: 'Enregistrer',
    lock: 'Verrouiller',
    open: 'Ouvrir le journal',
    title: 'Mon journal',
  },
} as const;

for (const [locale, word] of Object.entries(words)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test('journal screens pass axe', async ({ page }) => {
        // Several journal screens, each scanned, with a 600,000-iteration key derivation on the way.
        test.setTimeout(150_000);
        const journal = new JournalPage(page);
        const check = async (label: string) => {
          const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
          expect(results.violations.map((violation) => `${label}: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
        };
        await journal.open('/journal');
        await journal.heading(word.setUpTitle).waitFor();
        await check('set-up');
        await journal.field(word.passphrase).fill(passphrase);
        await journal.field(word.again).fill(passphrase);
        await journal.button(word.create).click();
        await journal.heading(word.title).waitFor();
        await journal.mood(word.mood).check();
        await journal.button(word.save).click();
        await expect(
          journal.page
            .getByRole('main')
            .getByRole('listitem')
            .filter({ has: page.locator('time') }),
        ).toHaveCount(1);
        await check('home');
        for (const path of ['/journal/new', '/journal/calendar', '/journal/trends', '/journal/backup', '/journal/settings']) {
          await page.evaluate((to) => {
            history.pushState(null, '', to);
            dispatchEvent(new PopStateEvent('popstate'));
          }, path);
          await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(word.title);
          await check(path);
        }
        await journal.button(word.lock).first().click();
        await journal.button(word.open).waitFor();
        await check('unlock');
      });
    });
  }
}
