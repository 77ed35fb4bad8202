import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './tests/chromium.ts';

// Tests that need the real thing: IndexedDB, WebCrypto, storage APIs, in Debian's Chromium.
export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify('test') },
  // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
  optimizeDeps: {
    include: ['dexie', 'zod', 'zod/mini', 'zod/v4/core', 'react', 'react-dom', 'react-dom/client', 'i18next', 'react-i18next'],
  },
  test: {
    name: 'browser',
    include: ['src/**/*.browser.test.{ts,tsx}', 'tests/browser/**/*.test.{ts,tsx}'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
