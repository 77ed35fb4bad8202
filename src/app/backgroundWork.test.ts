import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const startContentSync = vi.fn();
vi.mock('./contentSync', () => ({ startContentSync }));

/** A fresh copy of the module for each test: whether the work has started is module state. */
async function freshBackgroundWork() {
  vi.resetModules();
  return import('./backgroundWork');
}

beforeEach(() => {
  vi.useFakeTimers();
  startContentSync.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('background work (the content sync)', () => {
  it('starts once the page is idle when no screen asks it to wait', async () => {
    const { startBackgroundWork } = await freshBackgroundWork();
    startBackgroundWork();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startContentSync).toHaveBeenCalledTimes(1);
  });

  it('waits until the first screen says it is up, then starts', async () => {
    const { startBackgroundWork } = await freshBackgroundWork();
    let settle: () => void = () => undefined;
    startBackgroundWork(new Promise<void>((resolve) => (settle = resolve)));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(startContentSync).not.toHaveBeenCalled();
    settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startContentSync).toHaveBeenCalledTimes(1);
  });

  it('does not wait more than five seconds for a screen that never says so, or that failed', async () => {
    const { startBackgroundWork } = await freshBackgroundWork();
    startBackgroundWork(new Promise<void>(() => undefined));
    await vi.advanceTimersByTimeAsync(4_500);
    expect(startContentSync).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(startContentSync).toHaveBeenCalledTimes(1);

    const again = await freshBackgroundWork();
    startContentSync.mockClear();
    again.startBackgroundWork(Promise.reject(new Error('the screen could not load')));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startContentSync).toHaveBeenCalledTimes(1);
  });
});
