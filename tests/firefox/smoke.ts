// The Firefox smoke journey, run by `npm test` (scripts/test.ts) as its own suite: Debian's
// firefox-esr driven over WebDriver BiDi by puppeteer-core, against the production build in dist/
// served by the project's static test server. One journey, a few checks, each counted:
// home, built-in content verified and installed, journal set-up/lock/unlock, offline crisis scripts.
// Usage: tsx tests/firefox/smoke.ts [report.json]. Exit code 1 on any failure, or when Firefox is missing.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const reportFile = process.argv[2];
const timeout = 30_000;

type Result = { name: string; ok: boolean; error?: string };
const results: Result[] = [];

/** What the step is waiting for, so a timeout says which wait it was. */
let waitingFor = '';
let currentPage: Page | undefined;

async function step(name: string, body: () => Promise<void>): Promise<boolean> {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
    return true;
  } catch (error) {
    // The screen's words at the moment of failure: CI keeps no screenshot of this suite.
    const screen = await currentPage
      ?.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 400))
      .catch(() => '(unreadable)');
    const message = `${error instanceof Error ? error.message : String(error)} (waiting for ${waitingFor}; the screen said: ${screen ?? ''})`;
    results.push({ name, ok: false, error: message });
    console.log(`  ✗ ${name}\n      ${message}`);
    return false;
  }
}

/** Waits for an element by role and accessible name (the way a person finds it). */
function byRole(page: Page, role: string, name: string) {
  waitingFor = `${role} "${name}"`;
  return page.locator(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`).setTimeout(timeout);
}

/**
 * Presses a button the way a person would. The locator only finds it: a locator's own click first
 * checks that the button is enabled with a poll that Firefox runs through eval, which the CSP refuses.
 */
async function press(page: Page, name: string): Promise<void> {
  const button = await byRole(page, 'button', name).waitHandle();
  await button.click();
  await button.dispose();
}

/**
 * Waits for text anywhere on the page. A locator, not waitForFunction: Firefox runs the latter's
 * polls through eval in the page, which the app's Content-Security-Policy (script-src 'self')
 * refuses, while locators run in Puppeteer's own isolated realm.
 */
async function waitForText(page: Page, text: string): Promise<void> {
  waitingFor = `the text "${text}"`;
  await page
    .locator(`::-p-text(${JSON.stringify(text)})`)
    .setTimeout(timeout)
    .wait();
}

async function journey(browser: Browser, server: StaticServer): Promise<void> {
  const page = await browser.newPage();
  currentPage = page;
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  const home = await step('home opens with its heading and no console error', async () => {
    await page.goto(`${server.origin}/`);
    await page.locator('h1').setTimeout(timeout).wait();
    if (consoleErrors.length > 0) throw new Error(consoleErrors.join('\n'));
  });
  if (!home) return;

  await step('built-in content is verified and installed (Content and updates)', async () => {
    await page.goto(`${server.origin}/content`);
    await waitForText(page, 'Thoughts of suicide');
    await waitForText(page, 'Perú');
    // The service worker takes over, so the app can open with no connection later.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  await step('journal: set up, lock, wrong passphrase refused, unlock', async () => {
    const passphrase = 'lantern orchard pebble river';
    await page.goto(`${server.origin}/journal`);
    await byRole(page, 'heading', 'Lock your journal').wait();
    await page.locator('input[type="password"]').setTimeout(timeout).wait();
    const [first, second] = await page.$$('input[type="password"]');
    if (!first || !second) throw new Error('the set-up form has no two passphrase fields');
    await first.type(passphrase);
    await second.type(passphrase);
    await press(page, 'Lock my journal');
    await byRole(page, 'heading', 'My journal').wait();
    await press(page, 'Lock');
    await byRole(page, 'heading', 'Your journal is locked').wait();
    const unlock = async (typed: string) => {
      const input = await page.locator('input[type="password"]').setTimeout(timeout).waitHandle();
      await input.evaluate((element) => {
        element.select();
      });
      await input.type(typed);
      await press(page, 'Open journal');
    };
    await unlock('not the passphrase');
    await page.locator('[role="alert"]').setTimeout(timeout).wait();
    await unlock(passphrase);
    await byRole(page, 'heading', 'My journal').wait();
  });

  await step('crisis support offline: with the server gone, "someone is in danger" opens its script and the emergency call', async () => {
    await page.goto(`${server.origin}/crisis`);
    await byRole(page, 'heading', 'Which country are you in?').wait();
    await press(page, 'Peru');
    await byRole(page, 'link', 'Someone is in danger right now').wait();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Offline for real: the server stops answering, so only the service worker and IndexedDB remain.
    await server.close();
    await page.reload();
    // A link now (it opens the static emergency page before the app's code runs); the app handles the tap.
    const danger = await byRole(page, 'link', 'Someone is in danger right now').waitHandle();
    await danger.click();
    await danger.dispose();
    await page.locator('a[href^="tel:"]').setTimeout(timeout).wait();
    if (consoleErrors.length > 0) throw new Error(`console errors: ${consoleErrors.join('\n')}`);
  });
}

async function main(): Promise<number> {
  if (!existsSync(firefoxPath)) {
    console.error(
      `Firefox was not found at ${firefoxPath}. Install it (Debian or Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
    results.push({ name: 'Firefox is installed', ok: false, error: `missing: ${firefoxPath}` });
    return 1;
  }
  if (!existsSync('dist/index.html')) {
    results.push({ name: 'the production build exists', ok: false, error: 'dist/ is missing: run npx vite build first' });
    return 1;
  }
  const server = await startStaticServer('dist');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Quiet on a closed network: no update checks, telemetry or remote settings.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'data:,',
      'dom.serviceWorkers.testing.enabled': true,
    },
  });
  try {
    await journey(browser, server);
  } finally {
    await browser.close();
    await server.close().catch(() => undefined);
  }
  return results.every((result) => result.ok) ? 0 : 1;
}

const exitCode = await main().catch((error: unknown) => {
  results.push({ name: 'the Firefox journey ran', ok: false, error: error instanceof Error ? error.message : String(error) });
  return 1;
});
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed || (exitCode === 0 ? 0 : 1);
if (reportFile) await writeFile(reportFile, JSON.stringify({ passed, failed, results }, null, 2));
console.log(`Firefox: ${passed} passed, ${failed} failed`);
process.exitCode = exitCode;
