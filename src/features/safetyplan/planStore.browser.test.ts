import { describe, expect, it } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../tests/browser/support/freshVault';
import { db } from '../../db/db';
import { eraseVaultStorage } from '../../db/vaultStore';
import { createBackup, createVault, importBackup, lock, putRecord, unlock } from '../../vault';
import { resetVaultMemoryForTests } from '../../vault/session';
import { checkDraft, contactDraft, draftFrom, type SafetyPlan } from './plan';
import { forgetKeptDrafts, keepDraft, loadKeptDraft, loadPlan, safetyPlanDraftKind, safetyPlanKind, savePlan } from './planStore';

const passphrase = 'harbour willow seven';
const marker = 'QPL-plan-marker-4417';

function planWith(words: string, at: string): SafetyPlan {
  const checked = checkDraft(
    {
      ...draftFrom(undefined),
      warningSigns: `${words}\nI stop answering`,
      reasons: 'my sister',
      helpers: [contactDraft('Ana Quispe', '+51 987 654 321')],
      services: [contactDraft('Línea 113', '113')],
    },
    new Date(at),
  );
  if (!('plan' in checked)) throw new Error('the test plan has problems');
  return checked.plan;
}

startEachTestWithNewVault(passphrase);

describe('the safety plan in the vault (real IndexedDB and WebCrypto)', () => {
  it('is one record of ciphertext under a random id, and reads back the same after a lock and unlock', async () => {
    const plan = planWith(marker, '2026-12-03T08:00:00.000Z');
    const recordId = await savePlan(plan);
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);

    const stored = await vaultRowsAsText();
    for (const needle of [marker, 'Ana Quispe', '987654321', 'Línea 113', 'my sister', 'warningSigns', 'helpers'])
      expect(stored, needle).not.toContain(needle);
    const rows = await db.vaultRecords.where('kind').equals(safetyPlanKind).toArray();
    expect(rows.map((row) => row.id)).toEqual([recordId]);

    lock('manual');
    await expect(loadPlan()).rejects.toMatchObject({ code: 'locked' });
    await unlock(passphrase);
    expect(await loadPlan()).toEqual({ current: { recordId, plan }, unreadable: 0 });

    // A change is saved over the same record: still one plan.
    const changed = { ...plan, reasons: ['my sister', 'the sea'], updatedAt: '2026-12-04T08:00:00.000Z' };
    await savePlan(changed, recordId);
    expect(await db.vaultRecords.where('kind').equals(safetyPlanKind).count()).toBe(1);
    expect((await loadPlan()).current?.plan.reasons).toEqual(['my sister', 'the sea']);
  });

  it('moves to a new phone through a backup file that holds no word of it in the clear', async () => {
    const plan = planWith(marker, '2026-12-03T08:00:00.000Z');
    const recordId = await savePlan(plan);
    const backup = await createBackup('backup file phrase');
    for (const needle of [marker, 'Ana Quispe', 'my sister']) expect(backup.text, needle).not.toContain(needle);

    // A new phone, with a vault of its own and no plan.
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await createVault('new phone phrase');
    expect((await loadPlan()).current).toBeUndefined();
    await importBackup(backup.text, 'backup file phrase');
    expect((await loadPlan()).current).toEqual({ recordId, plan });
    expect(await vaultRowsAsText()).not.toContain(marker);

    lock('manual');
    await unlock('new phone phrase');
    expect((await loadPlan()).current?.plan).toEqual(plan);
  });

  it('shows the newest copy when a backup brings a second one, and counts one that is not a plan', async () => {
    await savePlan(planWith('older', '2026-12-01T08:00:00.000Z'));
    const newerId = await savePlan(planWith('newer', '2026-12-02T08:00:00.000Z'));
    await putRecord(safetyPlanKind, crypto.randomUUID(), { warningSigns: 42 });
    const loaded = await loadPlan();
    expect(loaded.current?.recordId).toBe(newerId);
    expect(loaded.current?.plan.warningSigns[0]).toBe('newer');
    expect(loaded.unreadable).toBe(1);
  });

  it('cannot be saved while the vault is locked, and nothing is written', async () => {
    lock('manual');
    await expect(savePlan(planWith(marker, '2026-12-03T08:00:00.000Z'))).rejects.toMatchObject({ code: 'locked' });
    expect(await db.vaultRecords.where('kind').equals(safetyPlanKind).count()).toBe(0);
  });

  it('keeps an unsaved draft as ciphertext across a lock, exactly as typed, until it is forgotten', async () => {
    const draft = { ...draftFrom(undefined), reasons: `${marker}\n  half a line`, services: [contactDraft('Línea 100', '100', true)] };
    await keepDraft(draft, 'draft-record');
    expect(await vaultRowsAsText()).not.toContain(marker);
    lock('hidden');
    await unlock(passphrase);
    const kept = await loadKeptDraft();
    expect(kept?.recordIds).toEqual(['draft-record']);
    expect(kept?.draft.reasons).toBe(`${marker}\n  half a line`);
    expect(kept?.draft.services.map(({ name, phone, mayCallPolice }) => ({ name, phone, mayCallPolice }))).toEqual([
      { name: 'Línea 100', phone: '100', mayCallPolice: true },
    ]);
    await forgetKeptDrafts(kept?.recordIds ?? []);
    expect(await loadKeptDraft()).toBeUndefined();
    expect(await db.vaultRecords.where('kind').equals(safetyPlanDraftKind).count()).toBe(0);
  });
});
