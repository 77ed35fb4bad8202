import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForDeletedFilesToGo } from './flushStorage';

const MiB = 1024 * 1024;

/** navigator.storage.estimate answering, one call after another, with these IndexedDB usages. */
function reportUsages(usages: (number | undefined)[]) {
  let call = 0;
  const estimate = vi.fn(() => {
    const indexedDB = usages[Math.min(call++, usages.length - 1)];
    return Promise.resolve({
      usage: indexedDB ?? 0,
      quota: 100 * MiB,
      ...(indexedDB === undefined ? {} : { usageDetails: { indexedDB } }),
    });
  });
  Object.defineProperty(navigator, 'storage', { value: { estimate }, configurable: true });
  return estimate;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('waiting for a deleted database to leave the browser files', () => {
  it('waits idle, round after round, until the filler is no longer counted, then stops at once', async () => {
    const estimate = reportUsages([7 * MiB, 4.2 * MiB, 3_600]);
    const sleep = vi.fn(() => Promise.resolve());
    await waitForDeletedFilesToGo(sleep);
    expect(sleep).toHaveBeenCalledTimes(2);
    // Long enough for Chromium to close idle database files (2 s after the last connection).
    for (const [ms] of sleep.mock.calls as unknown as [number][]) expect(ms).toBeGreaterThan(2_000);
    expect(estimate).toHaveBeenCalledTimes(3);
  });

  it('does not wait where the browser does not report IndexedDB usage', async () => {
    reportUsages([undefined]);
    const sleep = vi.fn(() => Promise.resolve());
    await waitForDeletedFilesToGo(sleep);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives up after a bounded wait when the files never shrink (another tab keeps them open), so the delete still finishes', async () => {
    reportUsages([9 * MiB]);
    const sleep = vi.fn(() => Promise.resolve());
    await waitForDeletedFilesToGo(sleep);
    expect(sleep).toHaveBeenCalledTimes(4);
  });
});
