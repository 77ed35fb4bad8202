import type { BrowserContext, Page } from '@playwright/test';
import type { RecordedRequest } from '../../../scripts/lib/staticServer';

/** Resolves once a service worker is active and has finished precaching (install completes only after it). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('service worker is not active');
  });
}

export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}

/**
 * The browser's own update check of the service worker: the worker script (sent with
 * `Service-Worker: script`) and the classic scripts it imports (destination script, no-cors; the
 * app's own scripts are modules, always fetched in cors mode). Chromium starts these checks on
 * navigation, and its offline emulation does not stop them; in real airplane mode they fail
 * and the installed worker keeps serving. They are not requests the app made.
 */
export function isServiceWorkerUpdateCheck({ headers }: RecordedRequest): boolean {
  if (headers['service-worker'] === 'script') return true;
  return headers['sec-fetch-dest'] === 'script' && headers['sec-fetch-mode'] === 'no-cors';
}
