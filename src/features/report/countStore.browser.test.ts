import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../tests/browser/support/freshVault';
import { db } from '../../db/db';
import { lock, unlock } from '../../vault';
import { countActivity, countFollowUpAgreed, countingSettled, monthOf } from './counting';
import { forgetCountingSettings, setCountingOn } from './countingSwitch';
import { addToStoredReport, clearReport, loadReport, pendingCount, reportKind } from './countStore';

const passphrase = 'copper kettle morning';
const storedRows = () => db.vaultRecords.where('kind').equals(reportKind).toArray();

startEachTestWithNewVault(passphrase);
afterEach(async () => {
  localStorage.clear();
  forgetCountingSettings();
  await clearReport().catch(() => undefined);
});

describe('activity counts in the vault (real IndexedDB and WebCrypto)', () => {
  it('stores nothing at all while counting is off', async () => {
    countActivity([{ measure: 'crisis-run', key: 'suicide' }]);
    countFollowUpAgreed('call');
    await countingSettled();
    expect(await storedRows()).toEqual([]);
  });

  it('keeps the counts only as ciphertext, in one record, and reads them back after lock and unlock', async () => {
    setCountingOn(true);
    countActivity([
      { measure: 'crisis-run', key: 'sexual-violence' },
      { measure: 'danger-branch', key: 'sexual-violence' },
    ]);
    await countingSettled();
    countActivity([{ measure: 'crisis-run', key: 'sexual-violence' }]);
    await countingSettled();

    const rows = await storedRows();
    expect(rows).toHaveLength(1);
    const stored = await vaultRowsAsText();
    for (const needle of ['sexual-violence', 'danger-branch', 'crisis-run', monthOf(new Date())]) expect(stored).not.toContain(needle);

    lock('manual');
    await expect(loadReport()).rejects.toThrow();
    await unlock(passphrase);
    expect(await loadReport()).toEqual({
      status: 'ok',
      report: [
        { month: monthOf(new Date()), measure: 'crisis-run', key: 'sexual-violence', count: 2 },
        { month: monthOf(new Date()), measure: 'danger-branch', key: 'sexual-violence', count: 1 },
      ],
    });

    await clearReport();
    expect(await storedRows()).toEqual([]);
    expect(await loadReport()).toEqual({ status: 'ok', report: [] });
  });

  it('holds a count made while the vault is locked in memory, and adds it at the next unlock', async () => {
    setCountingOn(true);
    lock('manual');
    countFollowUpAgreed('message');
    await countingSettled();
    expect(pendingCount()).toBe(1);
    expect(await storedRows()).toEqual([]);

    await unlock(passphrase);
    await vi.waitFor(async () => expect(await storedRows()).toHaveLength(1));
    expect(pendingCount()).toBe(0);
    const loaded = await loadReport();
    expect(loaded.status === 'ok' && loaded.report).toEqual([
      { month: monthOf(new Date()), measure: 'follow-up-agreed', key: 'message', count: 1 },
    ]);
  });

  it('keeps every count when two tabs count at the same instant', async () => {
    // Each call is what one tab does with its own waiting counts: read the one record, add, write
    // it back. Started together, each would read the empty report and the last write would win.
    const month = monthOf(new Date());
    const tabs = ['call', 'call', 'message', 'call'].map((key) => addToStoredReport([{ month, measure: 'follow-up-agreed', key }]));
    expect(await Promise.all(tabs)).toEqual([true, true, true, true]);
    expect(await storedRows()).toHaveLength(1);
    expect(await loadReport()).toEqual({
      status: 'ok',
      report: [
        { month, measure: 'follow-up-agreed', key: 'call', count: 3 },
        { month, measure: 'follow-up-agreed', key: 'message', count: 1 },
      ],
    });
  });
});
