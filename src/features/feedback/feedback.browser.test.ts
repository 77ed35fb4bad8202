import { describe, expect, it } from 'vitest';
import { startEachTestWithNewVault, vaultRowsAsText } from '../../../tests/browser/support/freshVault';
import { db } from '../../db/db';
import { eraseVaultStorage } from '../../db/vaultStore';
import { lock, unlock } from '../../vault';
import { feedbackCsv, type CsvWords } from './csv';
import { commentKind, loadFeedback, newRound, roundKind, saveAnswers, type Answers } from './rounds';

const passphrase = 'lantern over the harbour';
const words: CsvWords = {
  header: { date: 'date', topic: 'topic', people: 'people', question: 'question', answer: 'answer', count: 'count' },
  questions: { useful: 'useful', safe: 'safe', clear: 'clear', again: 'again' },
  comment: 'comment',
};

startEachTestWithNewVault(passphrase);

/** Every row of every table of the app's database, as text: what a copy of storage would show. */
async function databaseAsText(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(new Uint8Array(value.buffer)) : value));
}

// The day is not today's: other test files running beside this one store today's date (a sync's
// "last checked" day) in the same database, and the scan below reads every table.
describe('a feedback round in the vault (real IndexedDB and WebCrypto)', () => {
  it('three participants: the counts come back after lock and unlock, the CSV holds them, and the comments are only ciphertext', async () => {
    const people: Answers[] = [
      { ratings: { useful: 5, safe: 5, clear: 4, again: 5 }, comment: 'QFB-marker-one, "loved it"' },
      { ratings: { useful: 4, safe: 5, again: 3 }, comment: '' },
      { ratings: { useful: 5, clear: 2 }, comment: 'QFB-marker-three' },
    ];
    const id = crypto.randomUUID();
    let round = newRound({ kind: 'group', slug: 'body-image' }, '2025-07-19');
    for (const answers of people) round = await saveAnswers(id, round, answers);

    expect(await db.vaultRecords.where('kind').equals(roundKind).count()).toBe(1);
    expect(await db.vaultRecords.where('kind').equals(commentKind).count()).toBe(2);
    const stored = await databaseAsText();
    for (const needle of ['QFB-marker', 'loved it', 'body-image', '2025-07-19']) expect(stored).not.toContain(needle);

    lock('manual');
    await expect(loadFeedback()).rejects.toThrow();
    await unlock(passphrase);
    const { sessions, unreadable } = await loadFeedback();
    expect(unreadable).toBe(0);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.people).toBe(3);
    expect(sessions[0]?.counts).toEqual({ useful: [0, 0, 0, 1, 2], safe: [0, 0, 0, 0, 2], clear: [0, 1, 0, 1, 0], again: [0, 0, 1, 0, 1] });

    const csv = feedbackCsv(sessions, words, false).split('\r\n');
    expect(csv).toContain('2025-07-19,group:body-image,3,useful,5,2');
    expect(csv).toContain('2025-07-19,group:body-image,3,useful,4,1');
    expect(csv).toContain('2025-07-19,group:body-image,3,safe,5,2');
    expect(csv).toContain('2025-07-19,group:body-image,3,again,3,1');
    expect(csv.join('\n')).not.toContain('QFB-marker');
    expect(feedbackCsv(sessions, words, true)).toContain('2025-07-19,group:body-image,3,comment,"QFB-marker-one, ""loved it""",');
  });

  it('writes nothing when the vault locked before a person sent her answers', async () => {
    const round = newRound({ kind: 'course', slug: 'safer-screening' }, '2025-07-19');
    lock('manual');
    await expect(saveAnswers(crypto.randomUUID(), round, { ratings: { useful: 2 }, comment: 'QFB-never-stored' })).rejects.toThrow();
    expect(await db.vaultRecords.where('kind').anyOf(roundKind, commentKind).count()).toBe(0);
  });

  it('is gone after the erase that "Delete all my data" starts with', async () => {
    await saveAnswers(crypto.randomUUID(), newRound({ kind: 'group', slug: 'anxiety' }, '2025-07-19'), {
      ratings: { safe: 4 },
      comment: 'QFB-erased',
    });
    expect(await db.vaultRecords.where('kind').anyOf(roundKind, commentKind).count()).toBe(2);
    await eraseVaultStorage();
    expect(await db.vaultRecords.where('kind').anyOf(roundKind, commentKind).count()).toBe(0);
    expect(await vaultRowsAsText()).not.toContain('QFB-erased');
  });
});
