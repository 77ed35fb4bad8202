import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { unfiledBucket, type VaultRecordRow } from '../db/vaultRecords';
import { eraseVaultStorage, overwriteVaultStorage } from '../db/vaultStore';
import { createBackup, importBackup } from './backup';
import {
  derivePassphraseKey,
  encodeJson,
  encryptBytes,
  generateDataKey,
  minimumIterations,
  newKdfParams,
  recordAdditionalData,
} from './crypto';
import { isVaultError, type VaultErrorCode } from './errors';
import { requestLock } from './lockSignal';
import {
  changePassphrase,
  countListedRecords,
  createVault,
  deleteRecord,
  getRecord,
  getRecords,
  getVaultState,
  lock,
  putRecord,
  putRecords,
  readChunkSize,
  readRecordsInPieces,
  refreshVaultState,
  setPin,
  unlock,
  unlockWithPin,
  type ReadOptions,
} from './index';
import { resetVaultMemoryForTests } from './session';
import oldBackup from '../../tests/fixtures/vault/backup-before-buckets.json?raw';

const passphrase = 'river stone quiet lamp';
const marker = 'MARKER-7f3a9c-privado';

async function expectVaultError(promise: Promise<unknown>, code: VaultErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isVaultError(error) ? error.code : error).toBe(code);
}

/** Every byte of browser storage the page can read, as text (binary as numbers). */
async function dumpAllStorage(): Promise<string> {
  const parts: string[] = [];
  const plain = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
    return value;
  };
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const name = info.name;
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    for (const storeName of Array.from(database.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      parts.push(JSON.stringify(plain(rows)));
    }
    database.close();
  }
  const webStorage = (storage: Storage) => JSON.stringify(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
  parts.push(webStorage(localStorage), webStorage(sessionStorage));
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
  }
  return parts.join('\n');
}

/** Runs `action` with the `failingCall`-th IndexedDB put refused as a full disk; returns how many puts were tried. */
async function withDiskFullAtPut(failingCall: number, action: () => Promise<void>): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called through apply, with the store as `this`
  const realPut = IDBObjectStore.prototype.put;
  let calls = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls++;
    if (calls === failingCall) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  try {
    await action();
  } finally {
    IDBObjectStore.prototype.put = realPut;
  }
  return calls;
}

async function rowOf(kind: string, id: string): Promise<VaultRecordRow> {
  const row = await db.vaultRecords.get([kind, id]);
  if (!row) throw new Error(`no row ${kind}/${id}`);
  return row;
}

/** Each test of the calling block starts locked, with no vault stored; none is left after it. */
function startEachTestWithNoVault(): void {
  beforeEach(async () => {
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await refreshVaultState();
  });
  afterAll(async () => {
    lock('wipe');
    await eraseVaultStorage();
  });
}

describe('vault in real Chromium', () => {
  startEachTestWithNoVault();

  it('stores the wrapped key with raisable PBKDF2 parameters and no passphrase hash', async () => {
    expect(getVaultState().status).toBe('absent');
    await createVault(passphrase);
    expect(getVaultState().status).toBe('unlocked');
    const keys = await db.vaultKeys.toArray();
    expect(keys).toHaveLength(1);
    const [key] = keys;
    expect(key?.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: minimumIterations });
    expect(key?.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(key?.kdf.salt.byteLength).toBe(16);
    expect(key?.wrapIv.byteLength).toBe(12);
    // 32 key bytes + 16 tag bytes: the wrapped data key, nothing else.
    expect(key?.wrappedKey.byteLength).toBe(48);
    // No creation time: when the vault was made is not kept.
    expect(Object.keys(key ?? {}).sort()).toEqual(['formatVersion', 'id', 'kdf', 'wrapIv', 'wrappedKey']);
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expectVaultError(createVault('short'), 'passphrase-too-short');
    expect(await db.vaultKeys.count()).toBe(0);
  });

  it('leaves no marker text or mood value in any storage once locked', async () => {
    await createVault(passphrase);
    const entry = { mood: 2, moodWord: `${marker}-mood`, text: `today ${marker} text`, customFeelings: [`${marker}-feeling`] };
    await putRecord('journal-entry', crypto.randomUUID(), entry);
    await putRecord('journal-entry', crypto.randomUUID(), { ...entry, mood: 5 });
    lock('manual');
    const dump = await dumpAllStorage();
    expect(dump).toContain('journal-entry');
    expect(dump).not.toContain(marker);
    expect(dump).not.toContain('"mood"');
    expect(dump).not.toContain('customFeelings');
    expect(dump).not.toContain(passphrase);
  });

  it('lists every stored field name and value type: ciphertext only for personal data', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', crypto.randomUUID(), { mood: 3, text: marker });
    const shapes = (await db.vaultRecords.toArray()).map((row) =>
      Object.entries(row)
        .map(([name, value]) => `${name}:${value instanceof Uint8Array ? 'bytes' : typeof value}`)
        .sort()
        .join(','),
    );
    expect(new Set(shapes)).toEqual(new Set(['bucket:string,ciphertext:bytes,id:string,iv:bytes,kind:string,schemaVersion:number']));
    const rows = await db.vaultRecords.toArray();
    // Ids are random and kinds are fixed names: neither carries anything the person wrote.
    for (const row of rows.filter((stored) => stored.kind !== 'vault-index')) expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows.map((row) => row.kind).sort()).toEqual(['journal-entry', 'vault-index']);
  });

  it('uses a fresh IV for every write of the same record', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'a', { text: 'same' });
    const first = await rowOf('journal-entry', 'a');
    await putRecord('journal-entry', 'a', { text: 'same' });
    const second = await rowOf('journal-entry', 'a');
    expect(Array.from(second.iv)).not.toEqual(Array.from(first.iv));
    expect(Array.from(second.ciphertext)).not.toEqual(Array.from(first.ciphertext));
  });

  it('reports a record with a flipped bit as damaged and still reads the rest', async () => {
    await createVault(passphrase);
    for (const id of ['one', 'two', 'three']) await putRecord('journal-entry', id, { text: id });
    const row = await rowOf('journal-entry', 'two');
    const flipped = new Uint8Array(row.ciphertext);
    flipped[3] = (flipped[3] ?? 0) ^ 0x01;
    await db.vaultRecords.put({ ...row, ciphertext: flipped });
    const result = await getRecords<{ text: string }>('journal-entry');
    expect(result.damaged).toEqual(['two']);
    expect(result.records.map((record) => record.value.text).sort()).toEqual(['one', 'three']);
    // The rest of the vault keeps working: new writes and deleting the damaged record.
    await putRecord('journal-entry', 'four', { text: 'four' });
    await deleteRecord('journal-entry', 'two');
    expect((await getRecords('journal-entry')).damaged).toEqual([]);
  });

  it('detects two records whose ciphertexts were swapped', async () => {
    await createVault(passphrase);
    for (const id of ['one', 'two', 'three']) await putRecord('journal-entry', id, { text: id });
    const one = await rowOf('journal-entry', 'one');
    const two = await rowOf('journal-entry', 'two');
    await db.vaultRecords.bulkPut([
      { ...one, iv: two.iv, ciphertext: two.ciphertext },
      { ...two, iv: one.iv, ciphertext: one.ciphertext },
    ]);
    const result = await getRecords<{ text: string }>('journal-entry');
    expect(result.damaged.sort()).toEqual(['one', 'two']);
    expect(result.records.map((record) => record.value.text)).toEqual(['three']);
  });

  it('detects a record moved to another kind or schema version', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'one' });
    const row = await rowOf('journal-entry', 'one');
    await db.vaultRecords.put({ ...row, kind: 'companion-note' });
    await db.vaultRecords.put({ ...row, schemaVersion: 2 });
    expect((await getRecords('companion-note')).damaged).toEqual(['one']);
    expect((await getRecords('journal-entry')).damaged).toEqual(['one']);
  });

  it('rejects a wrong passphrase with a clear error and stays locked', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'one' });
    lock('manual');
    await expectVaultError(unlock('river stone quiet lamb'), 'wrong-passphrase');
    expect(getVaultState().status).toBe('locked');
    await expectVaultError(getRecords('journal-entry'), 'locked');
    await unlock(passphrase);
    expect((await getRecords<{ text: string }>('journal-entry')).records[0]?.value.text).toBe('one');
  });

  it('a passphrase change puts every record under a new data key: the old passphrase and old key row open none of them', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'written before' }, 1, '2026-10');
    // A vault made by an earlier version carries its creation time.
    const legacyKey = await db.vaultKeys.get('main');
    if (!legacyKey) throw new Error('no key row');
    await db.vaultKeys.put({ ...legacyKey, createdAt: '2026-01-05T10:00:00.000Z' });
    // What a copy of storage taken before the change holds.
    const oldKeyRow = structuredClone(await db.vaultKeys.get('main'));
    const rowBefore = await rowOf('journal-entry', 'one');
    await expectVaultError(changePassphrase('not the passphrase', 'a brand new passphrase'), 'wrong-passphrase');
    expect(Array.from((await rowOf('journal-entry', 'one')).ciphertext)).toEqual(Array.from(rowBefore.ciphertext));

    await changePassphrase(passphrase, 'a brand new passphrase', { groupOf: () => '2026-10' });
    await putRecord('journal-entry', 'two', { text: 'written after' });
    const newKeyRow = await db.vaultKeys.get('main');
    expect(Array.from(newKeyRow?.wrappedKey ?? [])).not.toEqual(Array.from(oldKeyRow?.wrappedKey ?? []));
    expect(Array.from(newKeyRow?.kdf.salt ?? [])).not.toEqual(Array.from(oldKeyRow?.kdf.salt ?? []));
    expect(newKeyRow).not.toHaveProperty('createdAt');
    // The record was encrypted again, and filed under its group with the new key.
    const rowAfter = await rowOf('journal-entry', 'one');
    expect(Array.from(rowAfter.ciphertext)).not.toEqual(Array.from(rowBefore.ciphertext));
    expect(rowAfter.bucket).not.toBe(rowBefore.bucket);
    expect((await readAll('journal-entry', { groups: ['2026-10'], skipUnfiled: true })).ids).toEqual(['one']);

    // Someone puts the old key row back from their copy and types the old passphrase: it unwraps
    // the old data key, which opens nothing on disk now.
    lock('manual');
    resetVaultMemoryForTests();
    if (!oldKeyRow || !newKeyRow) throw new Error('no key row');
    await db.vaultKeys.put(oldKeyRow);
    await refreshVaultState();
    await unlock(passphrase);
    const withOldKey = await getRecords('journal-entry');
    expect(withOldKey.records).toEqual([]);
    expect(withOldKey.damaged.sort()).toEqual(['one', 'two']);

    lock('manual');
    resetVaultMemoryForTests();
    await db.vaultKeys.put(newKeyRow);
    await refreshVaultState();
    await expectVaultError(unlock(passphrase), 'wrong-passphrase');
    await unlock('a brand new passphrase');
    const texts = (await getRecords<{ text: string }>('journal-entry')).records.map((record) => record.value.text).sort();
    expect(texts).toEqual(['written after', 'written before']);
  });

  it('a passphrase change that fails part-way writes nothing: the old passphrase still opens everything', async () => {
    await createVault(passphrase);
    await putRecords(['a', 'b', 'c'].map((id) => ({ kind: 'journal-entry', id, value: { text: id } })));
    await setPin('2468');
    const keysBefore = await db.vaultKeys.toArray();
    const rowsBefore = await db.vaultRecords.toArray();
    // The old key row is overwritten, the new one written, one record re-encrypted: then the disk is full.
    const calls = await withDiskFullAtPut(4, () => expectVaultError(changePassphrase(passphrase, 'the next passphrase'), 'storage-full'));
    expect(calls).toBe(4);
    expect(await db.vaultKeys.toArray()).toEqual(keysBefore);
    expect(await db.vaultRecords.toArray()).toEqual(rowsBefore);
    // This tab still writes with the key it holds, and a fresh start opens with the old passphrase.
    await putRecord('journal-entry', 'd', { text: 'd' });
    lock('manual');
    resetVaultMemoryForTests();
    await refreshVaultState();
    await expectVaultError(unlock('the next passphrase'), 'wrong-passphrase');
    await unlock(passphrase);
    expect((await getRecords('journal-entry')).records.map((record) => record.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses to write once the vault was deleted or re-keyed elsewhere, and writes nothing', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'one' });
    // Another tab deletes everything; the app there starts again with an empty database.
    db.close();
    await indexedDB.databases();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    await db.open();
    await expectVaultError(putRecord('journal-entry', 'stale', { text: `stale ${marker}` }), 'vault-gone');
    expect(await db.vaultRecords.count()).toBe(0);
    expect(await db.vaultKeys.count()).toBe(0);

    // A new vault made meanwhile (another tab): this tab's old key must not write into it either.
    lock('manual');
    resetVaultMemoryForTests();
    await createVault('second vault passphrase');
    const secondKey = await db.vaultKeys.get('main');
    if (!secondKey) throw new Error('no key row');
    await putRecord('journal-entry', 'fresh', { text: 'fresh' });
    const otherTabKey = { ...secondKey, wrappedKey: crypto.getRandomValues(new Uint8Array(48)) };
    await db.vaultKeys.put(otherTabKey);
    await expectVaultError(putRecord('journal-entry', 'stale', { text: 'stale' }), 'key-changed');
    expect((await db.vaultRecords.where('kind').equals('journal-entry').toArray()).map((row) => row.id)).toEqual(['fresh']);
  });

  it('overwrites the key row and every record with random bytes of the same size before deleting them', async () => {
    await createVault(passphrase);
    await putRecords(['a', 'b'].map((id) => ({ kind: 'journal-entry', id, value: { text: `${marker} ${id}` } })));
    const keyBefore = await db.vaultKeys.get('main');
    const rowsBefore = await db.vaultRecords.toArray();
    // The key row, two records and the sealed index.
    expect(await overwriteVaultStorage()).toBe(4);
    const keyAfter = await db.vaultKeys.get('main');
    expect(keyAfter?.wrappedKey.byteLength).toBe(keyBefore?.wrappedKey.byteLength);
    expect(keyAfter?.kdf.salt.byteLength).toBe(16);
    expect(Array.from(keyAfter?.wrappedKey ?? [])).not.toEqual(Array.from(keyBefore?.wrappedKey ?? []));
    expect(Array.from(keyAfter?.kdf.salt ?? [])).not.toEqual(Array.from(keyBefore?.kdf.salt ?? []));
    expect(Array.from(keyAfter?.wrapIv ?? [])).not.toEqual(Array.from(keyBefore?.wrapIv ?? []));
    for (const before of rowsBefore) {
      const after = await rowOf(before.kind, before.id);
      expect(after.ciphertext.byteLength).toBe(before.ciphertext.byteLength);
      expect(Array.from(after.ciphertext)).not.toEqual(Array.from(before.ciphertext));
      expect(Array.from(after.iv)).not.toEqual(Array.from(before.iv));
    }
    lock('manual');
    resetVaultMemoryForTests();
    await refreshVaultState();
    await expectVaultError(unlock(passphrase), 'wrong-passphrase');
  });

  it('a PIN re-opens only a key still in memory after an auto-lock, never after a reload', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'one' });
    await setPin('2468');
    requestLock('idle');
    expect(getVaultState()).toMatchObject({ status: 'locked', canUsePin: true });
    await expectVaultError(getRecords('journal-entry'), 'locked');
    await expectVaultError(unlockWithPin('1111'), 'wrong-pin');
    await unlockWithPin('2468');
    expect(getVaultState().status).toBe('unlocked');
    expect((await getRecords('journal-entry')).records).toHaveLength(1);

    // A manual lock (or quick exit) forgets the key: the PIN no longer works.
    lock('manual');
    expect(getVaultState().canUsePin).toBe(false);
    await expectVaultError(unlockWithPin('2468'), 'pin-unavailable');

    // After a reload the PIN is refused even though it is still set.
    await unlock(passphrase);
    requestLock('hidden');
    expect(getVaultState().canUsePin).toBe(true);
    resetVaultMemoryForTests();
    await refreshVaultState();
    expect(getVaultState()).toMatchObject({ status: 'locked', canUsePin: false });
    await expectVaultError(unlockWithPin('2468'), 'pin-unavailable');
    // Nothing on disk is wrapped by the PIN: the only key row is the passphrase-wrapped one.
    expect(await db.vaultKeys.count()).toBe(1);
  });

  it('drops the held key after five wrong PINs', async () => {
    await createVault(passphrase);
    await setPin('2468');
    requestLock('idle');
    for (let attempt = 1; attempt < 5; attempt++) await expectVaultError(unlockWithPin('0000'), 'wrong-pin');
    await expectVaultError(unlockWithPin('0000'), 'pin-unavailable');
    await expectVaultError(unlockWithPin('2468'), 'pin-unavailable');
    expect(getVaultState().canUsePin).toBe(false);
  });

  it('moves every record to a new vault through a backup, without duplicates', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: `one ${marker}`, updatedAt: '2026-01-01T00:00:00.000Z' });
    await putRecord('journal-entry', 'two', { text: 'two', updatedAt: '2026-01-02T00:00:00.000Z' });
    await setPin('2468');
    const backup = await createBackup('backup pass phrase');
    expect(backup.recordCount).toBe(2);
    expect(backup.text).not.toContain(marker);

    // A new phone: a different vault with its own passphrase and one entry of its own.
    lock('wipe');
    await eraseVaultStorage();
    resetVaultMemoryForTests();
    await createVault('new phone passphrase');
    await putRecord('journal-entry', 'local', { text: 'local', updatedAt: '2026-02-01T00:00:00.000Z' });
    await putRecord('journal-entry', 'two', { text: 'two, edited later here', updatedAt: '2026-03-01T00:00:00.000Z' });
    expect(await importBackup(backup.text, 'backup pass phrase')).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await importBackup(backup.text, 'backup pass phrase')).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const texts = (await getRecords<{ text: string }>('journal-entry')).records.map((record) => record.value.text).sort();
    expect(texts).toEqual(['local', `one ${marker}`, 'two, edited later here']);
    // The PIN is a per-device setting and does not travel.
    expect((await getRecords('vault-settings')).records).toEqual([]);
  });

  it('merges many records in one import: newer copies win, a copy damaged here is replaced, the rest is left as it is', async () => {
    await createVault(passphrase);
    const ids = Array.from({ length: 300 }, (_unused, index) => `entry-${String(index).padStart(3, '0')}`);
    for (const id of ids) await putRecord('journal-entry', id, { text: `${id} from the old phone`, updatedAt: '2026-01-01T00:00:00.000Z' });
    const backup = await createBackup('backup pass phrase');

    // This phone: entry-000 edited later here, entry-001 damaged here, entry-002 gone; the rest as they were.
    await putRecord('journal-entry', 'entry-000', { text: 'edited later here', updatedAt: '2026-05-01T00:00:00.000Z' });
    const damaged = await db.vaultRecords.get(['journal-entry', 'entry-001']);
    if (!damaged) throw new Error('entry-001 was not stored');
    const flipped = new Uint8Array(damaged.ciphertext);
    flipped[0] = (flipped[0] ?? 0) ^ 0xff;
    await db.vaultRecords.put({ ...damaged, ciphertext: flipped });
    await deleteRecord('journal-entry', 'entry-002');

    expect(await importBackup(backup.text, 'backup pass phrase')).toEqual({ added: 1, updated: 1, unchanged: 298 });
    const { records, damaged: stillDamaged } = await getRecords<{ text: string }>('journal-entry');
    expect(stillDamaged).toEqual([]);
    const textOf = new Map(records.map((record) => [record.id, record.value.text]));
    expect(textOf.size).toBe(300);
    expect(textOf.get('entry-000')).toBe('edited later here');
    expect(textOf.get('entry-001')).toBe('entry-001 from the old phone');
    expect(textOf.get('entry-002')).toBe('entry-002 from the old phone');
  });

  it('a wrong passphrase or a damaged backup changes nothing', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'one', { text: 'one' });
    const { text } = await createBackup('backup pass phrase');
    await deleteRecord('journal-entry', 'one');
    await putRecord('journal-entry', 'mine', { text: 'mine' });
    const before = await db.vaultRecords.toArray();

    await expectVaultError(importBackup(text, 'wrong backup phrase'), 'backup-wrong-passphrase');
    const envelope = JSON.parse(text) as { payload: { ciphertext: string } };
    const middle = Math.floor(envelope.payload.ciphertext.length / 2);
    const swapped = envelope.payload.ciphertext[middle] === 'A' ? 'B' : 'A';
    envelope.payload.ciphertext = envelope.payload.ciphertext.slice(0, middle) + swapped + envelope.payload.ciphertext.slice(middle + 1);
    await expectVaultError(importBackup(JSON.stringify(envelope), 'backup pass phrase'), 'backup-damaged');
    await expectVaultError(importBackup(text.slice(0, text.length - 20), 'backup pass phrase'), 'backup-damaged');
    await expectVaultError(importBackup('{"hello": "world"}', 'backup pass phrase'), 'backup-damaged');
    await expectVaultError(importBackup(text.replace('"version":1', '"version":9'), 'backup pass phrase'), 'backup-unsupported');

    expect(await db.vaultRecords.toArray()).toEqual(before);
  });
});

/** Every record a read hands out, piece by piece: ids (sorted) and damaged ids (sorted). */
async function readAll(kind: string, options: ReadOptions = {}) {
  const ids: string[] = [];
  const damaged: string[] = [];
  let pieces = 0;
  for await (const piece of readRecordsInPieces<{ text: string }>(kind, options)) {
    pieces++;
    ids.push(...piece.records.map((record) => record.id));
    damaged.push(...piece.damaged);
  }
  return { ids: ids.sort(), damaged: damaged.sort(), pieces };
}

describe('vault buckets in real Chromium', () => {
  startEachTestWithNoVault();

  it('files records of one group under one opaque bucket that only the data key can make', async () => {
    await createVault(passphrase);
    await putRecords([
      { kind: 'journal-entry', id: 'nov-1', value: { text: 'a' }, group: '2031-07' },
      { kind: 'journal-entry', id: 'nov-2', value: { text: 'b' }, group: '2031-07' },
      { kind: 'journal-entry', id: 'oct-1', value: { text: 'c' }, group: '2031-06' },
      { kind: 'journal-entry', id: 'none', value: { text: 'd' } },
      { kind: 'companion-note', id: 'note', value: { text: 'e' }, group: '2031-07' },
    ]);
    const bucket = async (kind: string, id: string) => (await rowOf(kind, id)).bucket;
    const november = await bucket('journal-entry', 'nov-1');
    expect(november).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await bucket('journal-entry', 'nov-2')).toBe(november);
    expect(await bucket('journal-entry', 'oct-1')).not.toBe(november);
    expect(await bucket('companion-note', 'note')).not.toBe(november);
    expect(await bucket('journal-entry', 'none')).toBe(unfiledBucket);
    // The month itself is nowhere in storage (months far from today, so no timestamp contains them).
    lock('manual');
    const dump = await dumpAllStorage();
    for (const month of ['2031-07', '2031-06', '203107']) expect(dump).not.toContain(month);

    // The same data key files the same group under the same bucket after an unlock; a passphrase
    // change brings a new data key, and with it new buckets for every record it re-files.
    await unlock(passphrase);
    await putRecord('journal-entry', 'nov-3', { text: 'f' }, 1, '2031-07');
    expect(await bucket('journal-entry', 'nov-3')).toBe(november);
    await changePassphrase(passphrase, 'a brand new passphrase', {
      groupOf: (kind, value) => (kind === 'journal-entry' && (value as { text: string }).text !== 'd' ? '2031-07' : undefined),
    });
    lock('manual');
    resetVaultMemoryForTests();
    await unlock('a brand new passphrase');
    await putRecord('journal-entry', 'nov-4', { text: 'g' }, 1, '2031-07');
    const novemberNow = await bucket('journal-entry', 'nov-4');
    expect(novemberNow).not.toBe(november);
    expect(await bucket('journal-entry', 'nov-3')).toBe(novemberNow);

    // Another vault (another data key) files the same group elsewhere.
    lock('wipe');
    await eraseVaultStorage();
    await createVault('another vault passphrase');
    await putRecord('journal-entry', 'nov-1', { text: 'a' }, 1, '2031-07');
    expect(await bucket('journal-entry', 'nov-1')).not.toBe(november);
  });

  it('reads the chosen groups (and unfiled records) first, then the rest, each record once and in pieces', async () => {
    await createVault(passphrase);
    await putRecords([
      ...Array.from({ length: readChunkSize * 2 + 10 }, (_, index) => ({
        kind: 'journal-entry',
        id: `nov-${String(index).padStart(3, '0')}`,
        value: { text: 'n' },
        group: '2026-11',
      })),
      { kind: 'journal-entry', id: 'oct', value: { text: 'o' }, group: '2026-10' },
      { kind: 'journal-entry', id: 'unfiled', value: { text: 'u' } },
      { kind: 'companion-note', id: 'note', value: { text: 'x' }, group: '2026-11' },
    ]);
    const november = (await readAll('journal-entry', { groups: ['2026-11'] })).ids;
    expect(november).toHaveLength(readChunkSize * 2 + 11);
    expect(november).toContain('unfiled');
    expect(november).not.toContain('oct');
    expect(november).not.toContain('note');
    const withoutUnfiled = await readAll('journal-entry', { groups: ['2026-11'], skipUnfiled: true });
    expect(withoutUnfiled.ids).not.toContain('unfiled');
    expect(withoutUnfiled.pieces).toBe(3);
    const rest = await readAll('journal-entry', { skipIds: new Set(november) });
    expect(rest.ids).toEqual(['oct']);
    const everything = await readAll('journal-entry');
    expect(everything.ids).toHaveLength(readChunkSize * 2 + 12);
    expect(everything.pieces).toBe(3);
  });

  it('counts the current records of a kind from the sealed index, not from stray rows in storage', async () => {
    await createVault(passphrase);
    await putRecords([
      ...['a', 'b', 'c'].map((id) => ({ kind: 'journal-entry', id, value: { text: id }, group: '2026-11' })),
      { kind: 'companion-note', id: 'note', value: { text: 'x' } },
    ]);
    await deleteRecord('journal-entry', 'b');
    expect(countListedRecords('journal-entry')).toBe(2);
    // A row put back in storage behind the vault's back (a deleted copy) is not counted, nor read.
    await db.vaultRecords.put({ ...(await rowOf('companion-note', 'note')), kind: 'journal-entry', id: 'b' });
    lock('manual');
    await unlock(passphrase);
    expect(countListedRecords('journal-entry')).toBe(2);
    expect(countListedRecords('companion-note')).toBe(1);
    expect(countListedRecords('nothing-here')).toBe(0);
    // Two groups and the unfiled rows, read together.
    await putRecord('journal-entry', 'd', { text: 'd' }, 1, '2026-10');
    expect((await readAll('journal-entry', { groups: ['2026-11', '2026-10'] })).ids.sort()).toEqual(['a', 'c', 'd']);
    lock('manual');
    await expectVaultError(
      Promise.resolve().then(() => countListedRecords('journal-entry')),
      'locked',
    );
  });

  it('moves records read under the wrong bucket to their own, keeping the ciphertext, never over a newer write', async () => {
    await createVault(passphrase);
    const groupOf = (value: unknown) => (value as { month?: string }).month;
    await putRecords([
      { kind: 'journal-entry', id: 'unfiled', value: { month: '2026-09' } },
      { kind: 'journal-entry', id: 'misfiled', value: { month: '2026-09' }, group: '2026-01' },
      { kind: 'journal-entry', id: 'filed', value: { month: '2026-09' }, group: '2026-09' },
      { kind: 'journal-entry', id: 'rewritten', value: { month: '2026-09' } },
    ]);
    const september = (await rowOf('journal-entry', 'filed')).bucket;
    const before = await rowOf('journal-entry', 'unfiled');

    const reading = readRecordsInPieces('journal-entry', { groupOf });
    const first = await reading.next();
    expect(first.done).toBe(false);
    // Written again (to another month) after it was read: this write must win.
    await putRecord('journal-entry', 'rewritten', { month: '2026-12' }, 1, '2026-12');
    const december = (await rowOf('journal-entry', 'rewritten')).bucket;
    while (!(await reading.next()).done);

    expect((await rowOf('journal-entry', 'unfiled')).bucket).toBe(september);
    expect((await rowOf('journal-entry', 'misfiled')).bucket).toBe(september);
    expect((await rowOf('journal-entry', 'rewritten')).bucket).toBe(december);
    const after = await rowOf('journal-entry', 'unfiled');
    expect(Array.from(after.ciphertext)).toEqual(Array.from(before.ciphertext));
    expect(Array.from(after.iv)).toEqual(Array.from(before.iv));
    expect((await readAll('journal-entry', { groups: ['2026-09'], skipUnfiled: true })).ids).toEqual(['filed', 'misfiled', 'unfiled']);
  });

  it('a flipped bit or swapped ciphertexts damage only those records when reading by group', async () => {
    await createVault(passphrase);
    await putRecords(['one', 'two', 'three', 'four'].map((id) => ({ kind: 'journal-entry', id, value: { text: id }, group: '2026-11' })));
    const two = await rowOf('journal-entry', 'two');
    const flipped = new Uint8Array(two.ciphertext);
    flipped[0] = (flipped[0] ?? 0) ^ 0x80;
    const three = await rowOf('journal-entry', 'three');
    const four = await rowOf('journal-entry', 'four');
    await db.vaultRecords.bulkPut([
      { ...two, ciphertext: flipped },
      { ...three, iv: four.iv, ciphertext: four.ciphertext },
      { ...four, iv: three.iv, ciphertext: three.ciphertext },
    ]);
    const result = await readAll('journal-entry', { groups: ['2026-11'] });
    expect(result.ids).toEqual(['one']);
    expect(result.damaged).toEqual(['four', 'three', 'two']);
    // Moving a damaged record to another bucket does not hide it from a full read either.
    await db.vaultRecords.put({ ...(await rowOf('journal-entry', 'two')), bucket: 'somewhere-else' });
    expect((await readAll('journal-entry')).damaged).toEqual(['four', 'three', 'two']);
  });

  it('a full disk in the middle of a write of several records saves none of them', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'kept', { text: 'kept' });
    const before = await db.vaultRecords.toArray();
    // The first record goes into the transaction; the second finds the disk full.
    const calls = await withDiskFullAtPut(2, () =>
      expectVaultError(
        putRecords(['a', 'b', 'c'].map((id) => ({ kind: 'journal-entry', id, value: { text: id }, group: '2026-11' }))),
        'storage-full',
      ),
    );
    expect(calls).toBe(2);
    expect(await db.vaultRecords.toArray()).toEqual(before);
    // With room again the same write goes through.
    await putRecords(['a', 'b', 'c'].map((id) => ({ kind: 'journal-entry', id, value: { text: id }, group: '2026-11' })));
    expect(await db.vaultRecords.count()).toBe(before.length + 3);
  });

  it('imports a backup made before buckets existed, filing its records as told', async () => {
    await createVault(passphrase);
    const summary = await importBackup(oldBackup, 'old backup file phrase', {
      groupOf: (kind, value) => (kind === 'journal-entry' ? (value as { at: string }).at.slice(0, 7) : undefined),
    });
    expect(summary).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const september = await readAll('journal-entry', { groups: ['2026-09'], skipUnfiled: true });
    expect(september.ids).toEqual(['b1f0a3c2-7d4e-4f60-9a1b-2c3d4e5f6a70']);
    const texts = (await getRecords<{ text: string }>('journal-entry')).records.map((record) => record.value.text).sort();
    expect(texts).toEqual(['A second old entry.', 'Written with the app before buckets existed.']);
    // And a backup made now opens in the same way (the file format did not change).
    const fresh = await createBackup('backup pass phrase');
    // ... except that its readable header no longer names the app.
    expect(JSON.parse(fresh.text)).toMatchObject({ format: 'encrypted-backup', version: 1 });
    expect(fresh.text).not.toContain('companera');
    lock('wipe');
    await eraseVaultStorage();
    await createVault('new phone passphrase');
    expect(await importBackup(fresh.text, 'backup pass phrase')).toEqual({ added: 2, updated: 0, unchanged: 0 });
  });
});

/** Locks and forgets everything in memory, as a reload would, then opens the vault with `phrase`. */
async function reopen(phrase = passphrase): Promise<void> {
  lock('manual');
  resetVaultMemoryForTests();
  await refreshVaultState();
  await unlock(phrase);
}

describe('vault replay in real Chromium', () => {
  startEachTestWithNoVault();

  it('refuses an older ciphertext of a record put back, and a deleted record put back; the current copy reads', async () => {
    await createVault(passphrase);
    await putRecords(['a', 'b', 'c'].map((id) => ({ kind: 'journal-entry', id, value: { text: `${id} first` } })));
    const oldA = await rowOf('journal-entry', 'a');
    const oldB = await rowOf('journal-entry', 'b');
    await putRecord('journal-entry', 'a', { text: 'a edited' });
    await putRecord('journal-entry', 'b', { text: 'b edited' });
    const oldC = await rowOf('journal-entry', 'c');
    await deleteRecord('journal-entry', 'c');
    // Someone with a copy of storage puts back the older a, and older copies of the deleted c.
    await db.vaultRecords.put(oldA);
    await db.vaultRecords.put(oldC);
    const open = await getRecords<{ text: string }>('journal-entry');
    expect(open.damaged.sort()).toEqual(['a', 'c']);
    expect(open.records.map((record) => record.value.text)).toEqual(['b edited']);
    await expectVaultError(getRecord('journal-entry', 'a'), 'integrity');

    // The same after a reload: the index comes from storage, sealed.
    await db.vaultRecords.put(oldB);
    await reopen();
    expect((await getRecords('journal-entry')).damaged.sort()).toEqual(['a', 'b', 'c']);
    // Saving again (the person fixes the entry) makes it read; the others stay refused.
    await putRecord('journal-entry', 'a', { text: 'a saved again' });
    await reopen();
    const after = await getRecords<{ text: string }>('journal-entry');
    expect(after.records.map((record) => record.value.text)).toEqual(['a saved again']);
    expect(after.damaged.sort()).toEqual(['b', 'c']);
  });

  it('reads records another tab saved after this one opened the index', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'a', { text: 'first' });
    const indexBefore = await rowOf('vault-index', 'index');
    const rowBefore = await rowOf('journal-entry', 'a');
    await putRecord('journal-entry', 'a', { text: 'second' });
    await putRecord('journal-entry', 'b', { text: 'other' });
    const indexAfter = await rowOf('vault-index', 'index');
    const rowAfter = await rowOf('journal-entry', 'a');
    // This tab holds the older index; storage holds the newer one, as another tab would leave it.
    await db.vaultRecords.bulkPut([indexBefore, rowBefore]);
    await reopen();
    await db.vaultRecords.bulkPut([indexAfter, rowAfter]);
    const read = await getRecords<{ text: string }>('journal-entry');
    expect(read.damaged).toEqual([]);
    expect(read.records.map((record) => record.value.text).sort()).toEqual(['other', 'second']);
    // A write from a tab holding an older index keeps the other tab's records too.
    const indexWithoutD = await rowOf('vault-index', 'index');
    await putRecord('journal-entry', 'd', { text: 'fourth' });
    const indexWithD = await rowOf('vault-index', 'index');
    await db.vaultRecords.put(indexWithoutD);
    await reopen();
    await db.vaultRecords.put(indexWithD);
    await putRecord('journal-entry', 'c', { text: 'third' });
    await reopen();
    const all = await getRecords('journal-entry');
    expect(all.damaged).toEqual([]);
    expect(all.records.map((record) => record.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a missing sealed index, or a key row turned back to the old format, opens no record', async () => {
    await createVault(passphrase);
    await putRecord('journal-entry', 'a', { text: 'a' });
    const key = await db.vaultKeys.get('main');
    if (!key) throw new Error('no key row');
    expect(key.formatVersion).toBe(2);
    await db.vaultKeys.put({ ...key, formatVersion: 1 });
    lock('manual');
    resetVaultMemoryForTests();
    await refreshVaultState();
    await expectVaultError(unlock(passphrase), 'wrong-passphrase');
    await db.vaultKeys.put(key);
    await db.vaultRecords.delete(['vault-index', 'index']);
    await unlock(passphrase);
    expect((await getRecords('journal-entry')).damaged).toEqual(['a']);
  });

  it('keeps the index right through a backup import, a passphrase change and a delete', async () => {
    await createVault(passphrase);
    await putRecords(
      ['a', 'b'].map((id) => ({ kind: 'journal-entry', id, value: { text: `${id} in backup`, updatedAt: '2026-01-01T00:00:00.000Z' } })),
    );
    const backup = await createBackup('backup pass phrase');
    lock('wipe');
    await eraseVaultStorage();
    resetVaultMemoryForTests();
    await createVault(passphrase);
    await putRecord('journal-entry', 'local', { text: 'local', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(await importBackup(backup.text, 'backup pass phrase')).toEqual({ added: 2, updated: 0, unchanged: 0 });
    await reopen();
    expect((await getRecords('journal-entry')).records.map((record) => record.id).sort()).toEqual(['a', 'b', 'local']);
    expect((await getRecords('journal-entry')).damaged).toEqual([]);

    // An older copy of 'a' from before the change stays refused after it; the rest read under the new key.
    const oldA = await rowOf('journal-entry', 'a');
    await putRecord('journal-entry', 'a', { text: 'a edited', updatedAt: '2026-03-01T00:00:00.000Z' });
    await db.vaultRecords.put(oldA);
    await changePassphrase(passphrase, 'a new pass phrase');
    await reopen('a new pass phrase');
    const rotated = await getRecords<{ text: string }>('journal-entry');
    expect(rotated.damaged).toEqual(['a']);
    expect(rotated.records.map((record) => record.value.text).sort()).toEqual(['b in backup', 'local']);

    // A copy written under the new key, then replaced and put back, is refused too; a deleted one stays gone.
    const oldB = await rowOf('journal-entry', 'b');
    await putRecord('journal-entry', 'b', { text: 'b edited', updatedAt: '2026-04-01T00:00:00.000Z' });
    const deletedLocal = await rowOf('journal-entry', 'local');
    await deleteRecord('journal-entry', 'local');
    await db.vaultRecords.bulkPut([oldB, deletedLocal]);
    await reopen('a new pass phrase');
    expect((await getRecords('journal-entry')).damaged.sort()).toEqual(['a', 'b', 'local']);
    // Importing the backup again replaces the refused copies with the backup's.
    expect(await importBackup(backup.text, 'backup pass phrase')).toEqual({ added: 0, updated: 2, unchanged: 0 });
    await reopen('a new pass phrase');
    const healed = await getRecords<{ text: string }>('journal-entry');
    expect(healed.records.map((record) => record.value.text).sort()).toEqual(['a in backup', 'b in backup']);
    expect(healed.damaged).toEqual(['local']);
  });

  it('opens a vault written before the index (key row format 1), then refuses older copies and moves to format 2 on a passphrase change', async () => {
    // A vault exactly as the earlier code wrote it: wrap bound to "data-key/v1", no index row.
    const kdf = newKdfParams();
    const wrappingKey = await derivePassphraseKey(passphrase, kdf);
    const dataKey = await generateDataKey();
    const wrapIv = crypto.getRandomValues(new Uint8Array(12));
    const wrappedKey = new Uint8Array(
      await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
        name: 'AES-GCM',
        iv: wrapIv,
        additionalData: new TextEncoder().encode('companera/vault/data-key/v1'),
      }),
    );
    await db.vaultKeys.put({ id: 'main', formatVersion: 1, kdf, wrapIv, wrappedKey, createdAt: '2026-03-01T00:00:00.000Z' });
    const oldRow = async (id: string, text: string): Promise<VaultRecordRow> => ({
      kind: 'journal-entry',
      id,
      schemaVersion: 1,
      bucket: unfiledBucket,
      ...(await encryptBytes(dataKey, encodeJson({ text }), recordAdditionalData('journal-entry', id, 1))),
    });
    const olderA = await oldRow('a', 'a older');
    await db.vaultRecords.bulkPut([await oldRow('a', 'a current'), await oldRow('b', 'b current')]);
    await refreshVaultState();
    await unlock(passphrase);
    const first = await getRecords<{ text: string }>('journal-entry');
    expect(first.records.map((record) => record.value.text).sort()).toEqual(['a current', 'b current']);
    expect(first.damaged).toEqual([]);
    // From this unlock on, the index exists: an older copy put back is refused, after a reload too.
    await db.vaultRecords.put(olderA);
    await reopen();
    expect((await getRecords('journal-entry')).damaged).toEqual(['a']);
    await changePassphrase(passphrase, 'a new pass phrase');
    expect((await db.vaultKeys.get('main'))?.formatVersion).toBe(2);
    await reopen('a new pass phrase');
    const rotated = await getRecords<{ text: string }>('journal-entry');
    expect(rotated.records.map((record) => record.value.text)).toEqual(['b current']);
    expect(rotated.damaged).toEqual(['a']);
  });
});
