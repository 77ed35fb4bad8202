import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type RegisterOptions = { onNeedRefresh?: () => void };
const registered: RegisterOptions[] = [];
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterOptions) => {
    registered.push(options);
    return () => Promise.resolve();
  },
}));

/** The page's service worker container, as the browser would show it: controlled or not. */
function pageControlledBy(controller: object | null): void {
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller } });
}

describe('the update prompt', () => {
  beforeEach(() => {
    vi.resetModules();
    registered.length = 0;
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('asks when a new version waits behind the one running this page', async () => {
    const serviceWorker = await import('./serviceWorker');
    serviceWorker.registerServiceWorker();
    pageControlledBy({ state: 'activated' });
    expect(registered).toHaveLength(1);
    registered[0]?.onNeedRefresh?.();
    expect(serviceWorker.serviceWorkerStore.get().isUpdateWaiting).toBe(true);
  });

  it('stays quiet on a first visit, when no version runs this page yet (Firefox reports the first install as waiting)', async () => {
    const serviceWorker = await import('./serviceWorker');
    serviceWorker.registerServiceWorker();
    pageControlledBy(null);
    expect(registered).toHaveLength(1);
    registered[0]?.onNeedRefresh?.();
    expect(serviceWorker.serviceWorkerStore.get().isUpdateWaiting).toBe(false);
  });
});
