import { describe, expect, it } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../tests/browser/support/freshVault';
import { db } from '../../db/db';
import { lock, unlock } from '../../vault';
import { debriefFrom, debriefKind, loadDebriefs, saveDebrief } from './debriefs';
import { checkFollowUp, closeFollowUp, followUpKind, loadFollowUps, markReminded, moveFollowUp, saveFollowUp } from './followUps';

const passphrase = 'harbour lantern seven';
const whoMarker = 'Yolanda-QFU-4417';
const debriefMarker = 'QDB-hard-night-9902';

startEachTestWithNewVault(passphrase);

describe('follow-ups and debriefs in the vault (real IndexedDB and WebCrypto)', () => {
  it('keep a follow-up only as ciphertext, read it back after lock and unlock, move it, mark it reminded, close it', async () => {
    const checked = checkFollowUp({ who: whoMarker, due: '2026-12-03', time: '18:30', how: 'visit' });
    if (!('followUp' in checked)) throw new Error('the draft should be valid');
    const id = await saveFollowUp(checked.followUp);

    const stored = await vaultRowsAsText();
    for (const needle of [whoMarker, '2026-12-03', '18:30', 'visit']) expect(stored).not.toContain(needle);
    const rows = await db.vaultRecords.where('kind').equals(followUpKind).toArray();
    expect(rows.map((row) => row.id)).toEqual([id]);
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);

    lock('manual');
    await expect(loadFollowUps()).rejects.toThrow();
    await unlock(passphrase);
    const [loaded] = (await loadFollowUps()).followUps;
    expect(loaded).toEqual({ ...checked.followUp, id });
    if (!loaded) throw new Error('the follow-up should be there');

    await markReminded([loaded], new Date('2026-12-03T18:31:00.000Z'));
    const [reminded] = (await loadFollowUps()).followUps;
    expect(reminded?.remindedAt).toBe('2026-12-03T18:31:00.000Z');
    if (!reminded) throw new Error('the follow-up should be there');

    // Moving it to another day forgets the old time and that it reminded: it reminds again then.
    await moveFollowUp(reminded, '2026-12-05', '');
    const [moved] = (await loadFollowUps()).followUps;
    expect(moved).toEqual({ who: whoMarker, due: '2026-12-05', how: 'visit', createdAt: checked.followUp.createdAt, id });
    expect(await vaultRowsAsText()).not.toContain('2026-12-05');

    await closeFollowUp(id);
    expect((await loadFollowUps()).followUps).toEqual([]);
  });

  it('keep a debrief only as ciphertext and read it back after lock and unlock', async () => {
    const debrief = debriefFrom(
      { wentWell: 'we breathed', wasHard: debriefMarker, needNow: 'sleep', isHardOne: true },
      new Date('2026-12-03T22:00:00.000Z'),
    );
    const id = await saveDebrief(debrief);

    const stored = await vaultRowsAsText();
    for (const needle of [debriefMarker, 'we breathed', 'sleep', 'isHardOne']) expect(stored).not.toContain(needle);
    expect(await db.vaultRecords.where('kind').equals(debriefKind).count()).toBe(1);

    lock('manual');
    await expect(loadDebriefs()).rejects.toThrow();
    await unlock(passphrase);
    expect(await loadDebriefs()).toEqual({ debriefs: [{ ...debrief, id }], unreadable: 0 });
  });
});
