// Journal with 10,000 entries in Chromium: unlock to the first list screen (key derivation
// excluded), text search, and key derivation itself; each also under 4x CPU throttling.
// The entries go in through the app's own backup import, so the stored format is the real one.
//
// "Unlock" is timed inside the page from the vault's own mark `companera:vault-key-ready` (set the
// moment the data key is unwrapped, after PBKDF2) to the first entry card painted on screen, so
// key derivation is left out by measurement rather than by subtracting a separate estimate.
// Its phases come from the app's own marks too: sealed index and settings loaded (`companera:vault-open`),
// the first screen's entries read and decrypted (`companera:journal-first-screen`), then render and paint.
//
// Before and after on one run: COMPANERA_BENCH_BEFORE=dist-main (an earlier build) measures that
// build too, round by round in turn with COMPANERA_DIST in the same browser, so both see the same
// load on a busy machine; the ratio is printed. A build without the marks prints no phases.
import 'fake-indexeddb/auto';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { resolve } from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { chromiumLaunchOptions } from '../chromium.ts';

export const name = 'journal: 10,000 entries (targets: unlock to list ≤ 150 ms, search ≤ 100 ms)';

const entryCount = 10_000;
const rounds = Number(process.env.COMPANERA_BENCH_RUNS ?? 5);
const passphrase = 'benchmark pass phrase';
const backupPassphrase = 'benchmark backup phrase';
const words = ['calm', 'tired', 'client', 'rent', 'sister', 'rain', 'police', 'friend', 'market', 'music', 'sleep', 'laugh'];
const marks = { keyReady: 'companera:vault-key-ready', vaultOpen: 'companera:vault-open', firstScreen: 'companera:journal-first-screen' };

/** A backup file made by the real vault code (in Node, over fake-indexeddb). */
async function makeBackup(): Promise<string> {
  const vault = await import('../../src/vault/index.ts');
  await vault.createVault('node side passphrase');
  const now = Date.now();
  const records = Array.from({ length: entryCount }, (_, index) => {
    const at = new Date(now - index * 3 * 3600_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
    const id = crypto.randomUUID();
    return {
      kind: 'journal-entry',
      id,
      value: {
        id,
        mood: ((index * 7) % 5) + 1,
        feelings: index % 3 === 0 ? ['calm'] : ['tired', 'anxious'],
        customFeelings: index % 50 === 0 ? ['hopeful-ish'] : [],
        text: `Entry ${index}: ${words[index % words.length]} and ${words[(index * 5) % words.length]}. ${'A quiet evening. '.repeat(index % 6)}`,
        helped: index % 4 === 0 ? ['music'] : [],
        customHelped: [],
        at: local,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
      },
    };
  });
  await vault.putRecords(records);
  return (await vault.createBackup(backupPassphrase)).text;
}

/** PBKDF2 alone, as the vault runs it, in the page. */
async function timeKeyDerivation(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('x'.repeat(20)), 'PBKDF2', false, ['deriveBits']);
    const start = performance.now();
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: new Uint8Array(16) }, material, 256);
    return performance.now() - start;
  });
}

type UnlockTiming = {
  clickToKey: number;
  keyToList: number;
  keyToAll: number;
  cards: number;
  /** Phases, when the build sets the marks: key → vault open, → first screen decrypted, → painted. */
  phases?: { open: number; firstScreen: number; paint: number; decrypted: number };
};

/** Waits until the journal has decrypted every entry (its list stops being aria-busy). */
async function waitForAllEntries(page: Page): Promise<void> {
  await page.locator('.entries-list[aria-busy="false"]').waitFor({ timeout: 120_000 });
}

/**
 * Click "Open journal" → data key unwrapped (mark) → first entry card painted, then → every
 * entry decrypted and searchable. Timed inside the page; "painted" is the first timer task after
 * the animation frame that follows the card's insertion.
 */
async function timeUnlock(page: Page): Promise<UnlockTiming> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  return page.evaluate(
    (names) =>
      new Promise<UnlockTiming>((resolveTiming, rejectTiming) => {
        for (const name of Object.values(names)) performance.clearMarks(name);
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Open journal');
        if (!button) return rejectTiming(new Error('no Open journal button'));
        let listPainted: number | undefined;
        let cards = 0;
        let allDecrypted: number | undefined;
        const finish = () => {
          const markOf = (name: string) => performance.getEntriesByName(name, 'mark').at(-1) as PerformanceMark | undefined;
          const keyReady = markOf(names.keyReady)?.startTime;
          if (listPainted === undefined || allDecrypted === undefined) return;
          if (keyReady === undefined) return rejectTiming(new Error(`no ${names.keyReady} mark`));
          observer.disconnect();
          const vaultOpen = markOf(names.vaultOpen)?.startTime;
          const firstScreen = markOf(names.firstScreen);
          resolveTiming({
            clickToKey: keyReady - start,
            keyToList: listPainted - keyReady,
            keyToAll: Math.max(listPainted, allDecrypted) - keyReady,
            cards,
            phases:
              vaultOpen === undefined || firstScreen === undefined
                ? undefined
                : {
                    open: vaultOpen - keyReady,
                    firstScreen: firstScreen.startTime - vaultOpen,
                    paint: listPainted - firstScreen.startTime,
                    decrypted: (firstScreen.detail as { decrypted?: number } | null)?.decrypted ?? Number.NaN,
                  },
          });
        };
        const observer = new MutationObserver(() => {
          if (cards === 0 && document.querySelector('.entry-card')) {
            cards = document.querySelectorAll('.entry-card').length;
            requestAnimationFrame(() =>
              setTimeout(() => {
                listPainted = performance.now();
                finish();
              }),
            );
          }
          if (allDecrypted === undefined && document.querySelector('.entries-list[aria-busy="false"]')) {
            allDecrypted = performance.now();
            finish();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
        const start = performance.now();
        button.click();
      }),
    marks,
  );
}

/** Typing a word into search → the result count and the first results painted, measured inside the page. */
async function timeSearch(page: Page, query: string): Promise<{ ms: number; status: string }> {
  await page.getByLabel('Search your journal').fill('');
  await page.getByRole('status').filter({ hasText: /^$/ }).first().waitFor({ state: 'attached' });
  return page.evaluate(
    (text) =>
      new Promise<{ ms: number; status: string }>((resolveTime, rejectTime) => {
        const input = [...document.querySelectorAll('input')].find((candidate) => candidate.type === 'search');
        if (!input) return rejectTime(new Error('no search field'));
        const status = [...document.querySelectorAll('[role=status]')].find((element) => element.classList.contains('hint'));
        // React listens for input events and reads the value through the native setter.
        const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const found = status?.textContent ?? '';
          if (/found/.test(found)) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolveTime({ ms: performance.now() - start, status: found })));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        descriptor?.set?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

type Build = { label: string; page: Page; cdp: CDPSession };

/** Serves a build, opens its journal with a fresh vault and imports the 10,000 entries into it. */
async function prepare(
  browser: Browser,
  distDir: string,
  label: string,
  backupFile: string,
  servers: Awaited<ReturnType<typeof startStaticServer>>[],
): Promise<Build> {
  const server = await startStaticServer(distDir);
  servers.push(server);
  const page = await browser.newPage({ locale: 'en-US' });
  // tsx compiles this file keeping function names through a helper (__name) that the page lacks.
  await page.addInitScript('globalThis.__name = (target) => target;');
  await page.goto(`${server.origin}/journal`);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Lock my journal' }).click();
  await page.getByRole('link', { name: 'Backup' }).first().click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(backupFile);
  await page.getByLabel('Passphrase of the backup file').fill(backupPassphrase);
  await page.getByRole('button', { name: 'Add backup' }).click();
  await page
    .getByText(`Done: ${entryCount.toLocaleString('en-US')} new`)
    .or(page.getByText(`Done: ${entryCount} new`))
    .waitFor({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Entries' }).first().click();
  await page.locator('.entry-card').first().waitFor();
  await waitForAllEntries(page);
  return { label, page, cdp: await page.context().newCDPSession(page) };
}

type Measured = { kdf: number[]; timings: UnlockTiming[]; search: number[]; searchStatus: string };

async function measureRound(build: Build, measured: Measured, round: number): Promise<void> {
  const { page } = build;
  await page.bringToFront();
  measured.kdf.push(await timeKeyDerivation(page));
  measured.timings.push(await timeUnlock(page));
  await waitForAllEntries(page);
  const result = await timeSearch(page, round % 2 === 0 ? 'police' : 'sister rain');
  measured.search.push(result.ms);
  measured.searchStatus = result.status;
}

function report(measured: Measured, lines: string[]): void {
  const { kdf, timings, search, searchStatus } = measured;
  lines.push(`  key derivation (PBKDF2-SHA256, 600,000 iterations, alone): ${ms(median(kdf))}`);
  lines.push(
    `  click "Open journal" to data key unwrapped (derivation included): ${ms(median(timings.map((timing) => timing.clickToKey)))}`,
  );
  lines.push(
    `  data key unwrapped to first list screen painted (${median(timings.map((timing) => timing.cards))} entry cards): ${ms(median(timings.map((timing) => timing.keyToList)))} (target ≤ 150 ms)`,
  );
  const phases = timings.flatMap((timing) => (timing.phases ? [timing.phases] : []));
  if (phases.length > 0) {
    lines.push(
      `    phases: sealed index and settings ${ms(median(phases.map((phase) => phase.open)))}, ` +
        `read and decrypt the first screen (${median(phases.map((phase) => phase.decrypted))} entries) ${ms(median(phases.map((phase) => phase.firstScreen)))}, ` +
        `render and paint ${ms(median(phases.map((phase) => phase.paint)))}`,
    );
  }
  lines.push(
    `  data key unwrapped to all ${entryCount.toLocaleString('en-US')} entries decrypted and searchable: ${ms(median(timings.map((timing) => timing.keyToAll)))}`,
  );
  lines.push(
    `  text search over ${entryCount.toLocaleString('en-US')} entries, keystroke to results painted: ${ms(median(search))} (target ≤ 100 ms; last: "${searchStatus}")`,
  );
}

export async function run(): Promise<string[]> {
  const root = resolve(import.meta.dirname, '../..');
  const afterDir = process.env.COMPANERA_DIST ?? 'dist';
  const beforeDir = process.env.COMPANERA_BENCH_BEFORE;
  const backupFile = resolve(await mkdtemp(resolve(tmpdir(), 'companera-bench-')), 'journal.backup.json');
  await writeFile(backupFile, await makeBackup());
  const servers: Awaited<ReturnType<typeof startStaticServer>>[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines: string[] = [];
  try {
    const builds = [await prepare(browser, resolve(root, afterDir), `this build (${afterDir})`, backupFile, servers)];
    if (beforeDir) builds.unshift(await prepare(browser, resolve(root, beforeDir), `before (${beforeDir})`, backupFile, servers));
    for (const rate of [1, 4]) {
      for (const build of builds) await build.cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const results = builds.map((): Measured => ({ kdf: [], timings: [], search: [], searchStatus: '' }));
      // Round by round in turn, so a burst of load from elsewhere on the machine hits both builds alike.
      for (let round = 0; round < rounds; round++) {
        for (const [index, build] of builds.entries()) await measureRound(build, results[index] as Measured, round);
      }
      const heading = `${rate === 1 ? 'no throttling' : `${rate}x CPU throttling`} (median of ${rounds})`;
      builds.forEach((build, index) => {
        lines.push(builds.length > 1 ? `${heading}, ${build.label}:` : `${heading}:`);
        report(results[index] as Measured, lines);
      });
      if (builds.length > 1) {
        const [before, after] = results as [Measured, Measured];
        const ratio = (pick: (measured: Measured) => number[]) => (median(pick(after)) / median(pick(before))).toFixed(2);
        lines.push(
          `  after / before: unlock to list ${ratio((measured) => measured.timings.map((timing) => timing.keyToList))}, ` +
            `search ${ratio((measured) => measured.search)}, all decrypted ${ratio((measured) => measured.timings.map((timing) => timing.keyToAll))}`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  return lines;
}
