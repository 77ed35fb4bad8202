import type { BrowserContext, Page } from '@playwright/test';
import type { RecordedRequest, StaticServer } from '../../../scripts/lib/staticServer';

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

/**
 * Resolves once the server has heard nothing for `quietMs`. A page opened before its service worker
 * took over runs its content sync in a worker no service worker controls, and Chromium's offline
 * emulation does not reach that worker: a sync still finishing there can reach the server after the
 * test went offline. Tests that count what reaches the server wait for it to end first.
 */
export async function waitForQuietServer(server: StaticServer, quietMs = 1000, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const heard = server.requestLog.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    if (server.requestLog.length === heard) return;
    if (Date.now() > deadline) throw new Error(`the server was still being asked for files after ${timeoutMs} ms`);
  }
}
