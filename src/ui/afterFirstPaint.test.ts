import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's paint timing: the test says when the first content is painted. */
let reportPaint: () => void = () => undefined;
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  constructor(private readonly callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void) {}
  observe() {
    reportPaint = () => this.callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
  }
  disconnect() {}
}

async function freshModule() {
  vi.resetModules();
  return import('./afterFirstPaint');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', FakePaintObserver);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint (later code waits for the first screen)', () => {
  it('resolves only once the first content is painted', async () => {
    const { afterFirstPaint, hasFirstPaintPassed } = await freshModule();
    let resolved = false;
    void afterFirstPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(resolved).toBe(false);
    expect(hasFirstPaintPassed()).toBe(false);
    reportPaint();
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    expect(hasFirstPaintPassed()).toBe(true);
  });

  it('gives up waiting after three seconds on a page that never paints (opened in the background)', async () => {
    const { afterFirstPaint } = await freshModule();
    let resolved = false;
    void afterFirstPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(resolved).toBe(true);
  });

  it('does not wait where the browser has no paint timing', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { afterFirstPaint } = await freshModule();
    let resolved = false;
    void afterFirstPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
