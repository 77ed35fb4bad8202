import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type RegisterOptions = { onNeedRefresh?: () => void };
const registered: RegisterOptions[] = [];
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterOptions) => {
    registered.push(options);
    return () => Promise.resolve();
  },
}));

/** The app's registration as the browser would show it: which versions are active and waiting. */
function registrationWith(versions: { active: boolean; waiting: boolean }): void {
  const registration = {
    active: versions.active ? { state: 'activated' } : null,
    waiting: versions.waiting ? { state: 'installed' } : null,
  };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration: () => Promise.resolve(registration) },
  });
}

/** Lets the registration lookup settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the update prompt', () => {
  beforeEach(() => {
    vi.resetModules();
    registered.length = 0;
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('asks when a new version waits behind the active one, even in a page loaded before it took over', async () => {
    const serviceWorker = await import('./serviceWorker');
    serviceWorker.registerServiceWorker();
    registrationWith({ active: true, waiting: true });
    expect(registered).toHaveLength(1);
    registered[0]?.onNeedRefresh?.();
    await settle();
    expect(serviceWorker.serviceWorkerStore.get().isUpdateWaiting).toBe(true);
  });

  it('stays quiet on a first visit, when no older version is active (Firefox reports the first install as waiting)', async () => {
    const serviceWorker = await import('./serviceWorker');
    serviceWorker.registerServiceWorker();
    registrationWith({ active: false, waiting: true });
    expect(registered).toHaveLength(1);
    registered[0]?.onNeedRefresh?.();
    await settle();
    expect(serviceWorker.serviceWorkerStore.get().isUpdateWaiting).toBe(false);
  });
});
