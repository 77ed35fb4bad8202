import { test as base, expect, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer.ts';

// COMPANERA_DIST lets several people (or agents) test their own builds side by side.
export const distDir = resolve(import.meta.dirname, '../../..', process.env.COMPANERA_DIST ?? 'dist');
export const nextDistDir = resolve(import.meta.dirname, '../../..', process.env.COMPANERA_NEXT_DIST ?? 'dist-next');

// Single values, not arrays: Playwright reads an array given to test.use() as [value, options].
type GuardOptions = {
  /** An origin other than the app's own that this test may contact (an organisation's content source). */
  allowedOrigin: string | null;
  /** Console errors this test provokes on purpose (a download failing under a network fault). */
  allowedConsoleError: RegExp | null;
};

type Fixtures = GuardOptions & {
  server: StaticServer;
  privacyGuard: undefined;
};

/**
 * Every end-to-end test gets its own server (so its own origin, service worker and storage) and
 * is failed afterwards if the app contacted any other origin, broke its CSP or logged an error.
 */
export const test = base.extend<Fixtures>({
  allowedOrigin: [null, { option: true }],
  allowedConsoleError: [null, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright's way to say a fixture depends on no other
  server: async ({}, use) => {
    const server = await startStaticServer(distDir);
    await use(server);
    await server.close();
  },

  baseURL: async ({ server }, use) => {
    await use(server.origin);
  },

  privacyGuard: [
    async ({ context, server, allowedOrigin, allowedConsoleError }, use) => {
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      const allowed = new Set([server.origin, ...(allowedOrigin ? [allowedOrigin] : [])]);
      const watchPage = (page: Awaited<ReturnType<BrowserContext['newPage']>>) => {
        page.on('console', (message) => {
          // With its address, so a failed load says which file failed.
          if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`.trim());
        });
        page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      };
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!allowed.has(url.origin)) foreignRequests.push(request.url());
      });
      context.on('page', watchPage);
      context.pages().forEach(watchPage);
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });

      await use(undefined);

      expect(foreignRequests, 'requests to origins other than the app and its content sources').toEqual([]);
      // The browser notes a pack download it had to drop when a test cut the network or left the
      // page mid-sync (the other two languages' packs install in the background right after the
      // first's). The sync retries and reports such a failure itself (content.spec, sync tests);
      // requests made while offline are checked by offline.spec's request log.
      const isDroppedPackDownload = (text: string) =>
        /^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)\b/.test(text) && /\/content\/packs\//.test(text);
      const unexpected = consoleErrors.filter((text) => !allowedConsoleError?.test(text) && !isDroppedPackDownload(text));
      expect(unexpected, 'console errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
