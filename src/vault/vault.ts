import * as z from 'zod/mini';
import { unfiledBucket, vaultIndexId, vaultIndexKind, type VaultKeyFormat, type VaultRecordRow } from '../db/vaultRecords';
import {
  countVaultRows,
  eraseVaultStorage,
  moveVaultRowsToBuckets,
  readAllVaultRows,
  readVaultKey,
  readVaultRow,
  readVaultRowsByKey,
  readVaultRowsInBuckets,
  readVaultRowsPage,
  rotateVaultKey,
  vaultKeyId,
  VaultIndexChangedError,
  VaultKeyMismatchError,
  VaultRowsChangedError,
  writeVaultKey,
  writeVaultRows,
  type BucketMove,
} from '../db/vaultStore';
import {
  bucketOf,
  bytesEqual,
  decodeJson,
  decryptBytes,
  derivePassphraseKey,
  derivePinBits,
  encodeJson,
  encryptBytes,
  fromBase64,
  generateDataKey,
  newKdfParams,
  randomBytes,
  recordAdditionalData,
  toBase64,
  unwrapBucketKey,
  unwrapDataKey,
  wrapDataKey,
} from './crypto';
import { createLazyStore, type ReadonlyStore } from '../lib/store';
import { asStorageError, VaultError } from './errors';
import { onLockRequested, type LockReason } from './lockSignal';
import { startAutoLock, type AutoLockHandle } from './autoLock';

/*
 * The vault: the only code that encrypts personal data. It holds the data key (and the bucket key
 * derived from it) in memory while unlocked and nowhere else; locking forgets them (or, after an
 * auto-lock with a PIN set, keeps them aside in memory only, for the PIN to bring back). Screens
 * subscribe to its state and drop everything decrypted when it locks.
 */

export const minimumPassphraseLength = 8;
export const defaultAutoLockMinutes = 5;
export const autoLockChoices = [1, 2, 5, 10, 15, 30] as const;
export const pinLength = { min: 4, max: 8 };
/** Wrong PINs allowed before the key held for the PIN is dropped and the passphrase is needed. */
export const pinAttempts = 5;

export type VaultStatus = 'checking' | 'absent' | 'locked' | 'unlocked';

export type VaultState = {
  status: VaultStatus;
  /** A PIN can re-open the vault right now (the key is still in memory after an auto-lock). */
  canUsePin: boolean;
  lastLockReason: LockReason | undefined;
};

export type StoredRecord<T = unknown> = { id: string; value: T };

/** Set (performance.mark) the moment the data key is unwrapped: the benchmark times from here. */
export const keyReadyMark = 'companera:vault-key-ready';
/** Records decrypted per piece when reading many: small enough that the page stays responsive between pieces. */
export const readChunkSize = 200;
export type RecordsResult<T = unknown> = {
  records: StoredRecord<T>[];
  /** Ids whose ciphertext failed its integrity check (tampered, swapped or damaged). */
  damaged: string[];
};

/** The vault's own settings, stored encrypted like any record. */
const settingsKind = 'vault-settings';
const settingsId = 'settings';
const SettingsSchema = z.object({
  autoLockMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
  pin: z.optional(z.object({ salt: z.string(), bits: z.string() })),
});
type VaultSettings = z.infer<typeof SettingsSchema>;

/**
 * The keys held while the vault is open: `data` encrypts records, `bucket` files them (HMAC).
 * `wrappedKey` is the stored key row they came from: every write checks that row is still there
 * and still the same (see writeVaultRows), so a deleted or re-keyed vault is never written to.
 */
type OpenKeys = { data: CryptoKey; bucket: CryptoKey; wrappedKey: Uint8Array<ArrayBuffer>; index: SealedIndex; indexRefresh?: Promise<void> };

/**
 * The sealed index (see `vaultIndexKind`) as held in memory while open: kind → id → the IV, in
 * base64, of the record's current ciphertext. `rowIv` is the IV of the stored index row it was
 * read from or written as (undefined: none stored), so a write can tell that another tab wrote
 * the index meanwhile. Kept in memory so a read compares IVs without decrypting the index again.
 */
type SealedIndex = { entries: Map<string, Map<string, string>>; rowIv: Uint8Array<ArrayBuffer> | undefined };

function emptyIndex(): SealedIndex {
  return { entries: new Map(), rowIv: undefined };
}

// Lazy only so the test hook can start it again as a page load does, telling no one.
const store = createLazyStore<VaultState>(() => ({ status: 'checking', canUsePin: false, lastLockReason: undefined }));
export const vaultStateStore: ReadonlyStore<VaultState> = store;
let keys: OpenKeys | undefined;
/** Kept only after an auto-lock while a PIN is set; never written anywhere. */
let keysHeldForPin: OpenKeys | undefined;
/** Buckets already computed while open ([kind, group] → bucket); forgotten on lock. */
let bucketCache = new Map<string, Promise<string>>();
let pinChecker: { salt: Uint8Array<ArrayBuffer>; bits: Uint8Array<ArrayBuffer> } | undefined;
let pinAttemptsLeft = pinAttempts;
let settings: VaultSettings = { autoLockMinutes: defaultAutoLockMinutes };
let autoLock: AutoLockHandle | undefined;
/** Changes at every lock, so work started before a lock cannot hand decrypted data to a screen after it. */
let unlockEpoch = 0;

/** Every call tells the listeners, changed or not: the merged state is a new object. */
function setState(next: Partial<VaultState>): void {
  store.update((current) => ({ ...current, ...next }));
}

export const getVaultState = store.get;
export const subscribeToVault = store.subscribe;

export function isUnlocked(): boolean {
  return store.get().status === 'unlocked' && keys !== undefined;
}

onLockRequested((reason) => lock(reason));

/** Reads whether a vault exists. Call once on start; the state then follows every action. */
export async function refreshVaultState(): Promise<VaultState> {
  if (keys) return store.get();
  let exists: boolean;
  try {
    exists = (await readVaultKey()) !== undefined;
  } catch (error) {
    throw asStorageError(error);
  }
  // An unlock may have finished while storage was being read; it wins.
  if (store.get().status !== 'unlocked') setState({ status: exists ? 'locked' : 'absent' });
  return store.get();
}

/** Counted in characters as people see them, so "ñ" or an emoji counts once. */
export function isPassphraseLongEnough(passphrase: string): boolean {
  return Array.from(passphrase).length >= minimumPassphraseLength;
}

function checkPassphrase(passphrase: string): void {
  if (!isPassphraseLongEnough(passphrase)) throw new VaultError('passphrase-too-short');
}

export async function createVault(passphrase: string, options: { iterations?: number } = {}): Promise<void> {
  checkPassphrase(passphrase);
  if (await readVaultKey()) throw new VaultError('vault-exists');
  const kdf = newKdfParams(options.iterations);
  const freshKey = await generateDataKey();
  const wrappingKey = await derivePassphraseKey(passphrase, kdf);
  const wrapped = await wrapDataKey(freshKey, wrappingKey);
  try {
    // No creation time: when the vault was made is not stored anywhere.
    await writeVaultKey({ id: vaultKeyId, kdf, ...wrapped });
  } catch (error) {
    throw asStorageError(error);
  }
  // The extractable key goes out of scope here; memory keeps only non-extractable copies.
  await openWith(await unwrapKeys(wrapped, wrappingKey), wrapped.formatVersion);
}

async function unwrapKeys(wrapped: { formatVersion: VaultKeyFormat; wrapIv: Uint8Array<ArrayBuffer>; wrappedKey: Uint8Array<ArrayBuffer> }, wrappingKey: CryptoKey): Promise<OpenKeys> {
  const [data, bucket] = await Promise.all([unwrapDataKey(wrapped, wrappingKey), unwrapBucketKey(wrapped, wrappingKey)]);
  return { data, bucket, wrappedKey: wrapped.wrappedKey, index: emptyIndex() };
}

async function passphraseKeyFor(passphrase: string) {
  const record = await readVaultKey();
  if (!record) throw new VaultError('no-vault');
  return { record, wrappingKey: await derivePassphraseKey(passphrase, record.kdf) };
}

function wrongPassphrase(error: unknown): VaultError {
  return new VaultError('wrong-passphrase', 'The passphrase did not open the vault', { cause: error });
}

export async function unlock(passphrase: string): Promise<void> {
  const { record, wrappingKey } = await passphraseKeyFor(passphrase);
  let opened: OpenKeys;
  try {
    opened = await unwrapKeys(record, wrappingKey);
  } catch (error) {
    throw wrongPassphrase(error);
  }
  await openWith(opened, record.formatVersion);
}

/** `format`: the key row's, when the sealed index must be read; omitted when `opened` already holds it (a PIN). */
async function openWith(opened: OpenKeys, format?: VaultKeyFormat): Promise<void> {
  performance.mark(keyReadyMark);
  if (format !== undefined) {
    try {
      await loadIndex(opened, format);
    } catch (error) {
      throw asStorageError(error);
    }
  }
  keys = opened;
  keysHeldForPin = undefined;
  bucketCache = new Map();
  pinAttemptsLeft = pinAttempts;
  unlockEpoch++;
  await loadSettings();
  autoLock?.stop();
  autoLock = startAutoLock({ idleMinutes: settings.autoLockMinutes });
  setState({ status: 'unlocked', canUsePin: false, lastLockReason: undefined });
}

async function loadSettings(): Promise<void> {
  settings = { autoLockMinutes: defaultAutoLockMinutes };
  pinChecker = undefined;
  const row = await readVaultRow(settingsKind, settingsId);
  if (!row || !keys) return;
  try {
    const parsed = SettingsSchema.safeParse(await openRow(keys, row));
    if (!parsed.success) return;
    settings = parsed.data;
    if (parsed.data.pin) pinChecker = { salt: fromBase64(parsed.data.pin.salt), bits: fromBase64(parsed.data.pin.bits) };
  } catch {
    // Damaged settings fall back to the defaults; the person's records are unaffected.
  }
}

async function saveSettings(next: VaultSettings): Promise<void> {
  await putRecord(settingsKind, settingsId, next);
  settings = next;
}

/**
 * Locks now. Auto-locks (idle, page hidden) keep the key aside for the PIN when one is set;
 * every other reason forgets the key completely.
 */
export function lock(reason: LockReason = 'manual'): void {
  autoLock?.stop();
  autoLock = undefined;
  const isAutoLock = reason === 'idle' || reason === 'hidden';
  const mayKeepForPin = isAutoLock && pinChecker !== undefined && (keys ?? keysHeldForPin) !== undefined;
  keysHeldForPin = mayKeepForPin ? (keys ?? keysHeldForPin) : undefined;
  if (!mayKeepForPin) pinAttemptsLeft = pinAttempts;
  const state = store.get();
  const wasOpen = keys !== undefined || state.status === 'unlocked';
  keys = undefined;
  bucketCache = new Map();
  unlockEpoch++;
  if (!mayKeepForPin) {
    pinChecker = undefined;
    settings = { autoLockMinutes: defaultAutoLockMinutes };
  }
  if (wasOpen || state.canUsePin !== mayKeepForPin) setState({ status: state.status === 'absent' ? 'absent' : 'locked', canUsePin: mayKeepForPin, lastLockReason: reason });
}

export async function unlockWithPin(pin: string): Promise<void> {
  const held = keysHeldForPin;
  const checker = pinChecker;
  if (!held || !checker) throw new VaultError('pin-unavailable');
  const bits = await derivePinBits(pin, checker.salt);
  if (!bytesEqual(bits, checker.bits)) {
    pinAttemptsLeft--;
    if (pinAttemptsLeft <= 0) {
      lock('manual');
      throw new VaultError('pin-unavailable', 'Too many wrong PINs');
    }
    throw new VaultError('wrong-pin');
  }
  if (keysHeldForPin !== held) throw new VaultError('pin-unavailable');
  await openWith(held);
}

export function remainingPinAttempts(): number {
  return pinAttemptsLeft;
}

function requireKeys(): OpenKeys {
  if (!keys) throw new VaultError('locked');
  return keys;
}

export type ChangePassphraseOptions = {
  /** The group each record is filed under once re-encrypted (see RecordToPut.group); unfiled when omitted. */
  groupOf?: (kind: string, value: unknown) => string | undefined;
};

/** How often a passphrase change starts again when another write lands while it re-encrypts. */
const rotationAttempts = 3;

/**
 * Changes the passphrase and, with it, the data key: a new random key, every record decrypted and
 * encrypted again under it, and the new key row written with them in one transaction (see
 * rotateVaultKey), so a failure or a closed tab leaves the old key and records as they were. The
 * old wrapped key is overwritten, then replaced: the old passphrase with a later copy of storage
 * opens nothing written after the change. A record that already fails its integrity check is
 * kept as it is (it cannot be read, so it cannot be re-encrypted), and stays listed as damaged.
 */
export async function changePassphrase(current: string, next: string, options: ChangePassphraseOptions = {}): Promise<void> {
  checkPassphrase(next);
  const opened = requireKeys();
  const { record, wrappingKey } = await passphraseKeyFor(current);
  try {
    await unwrapDataKey(record, wrappingKey);
  } catch (error) {
    throw wrongPassphrase(error);
  }
  if (!bytesEqual(record.wrappedKey, opened.wrappedKey)) throw new VaultError('key-changed');
  const kdf = newKdfParams(Math.max(record.kdf.iterations, newKdfParams().iterations));
  const nextWrappingKey = await derivePassphraseKey(next, kdf);
  const wrapped = await wrapDataKey(await generateDataKey(), nextWrappingKey);
  const nextKeys = await unwrapKeys(wrapped, nextWrappingKey);
  // Written without createdAt, so an older vault's creation time goes with the old row.
  // Format 2 (crypto.ts): from now on the sealed index is required, even for a vault made before it.
  const nextKeyRow = { id: vaultKeyId, kdf, ...wrapped };

  for (let attempt = 1; ; attempt++) {
    let rows: VaultRecordRow[];
    try {
      rows = await readAllVaultRows();
    } catch (error) {
      throw asStorageError(error);
    }
    const resealed = await Promise.all(
      rows
        .filter((row) => row.kind !== vaultIndexKind)
        .map(async (row) => {
          let value: unknown;
          try {
            value = await openRow(opened, row);
          } catch {
            // Kept as it is, with its old index entry (if any): it stays refused as damaged.
            return row;
          }
          const group = options.groupOf?.(row.kind, value);
          return sealRow(nextKeys, { kind: row.kind, id: row.id, schemaVersion: row.schemaVersion, value, group: group !== undefined && group.length > 0 && group.length <= 64 ? group : undefined });
        }),
    );
    const entries = indexWith(opened.index.entries, resealed, []);
    const indexRow = await sealIndex(nextKeys, entries);
    if (keys !== opened) throw new VaultError('locked');
    try {
      await rotateVaultKey(opened.wrappedKey, rows, nextKeyRow, [...resealed, indexRow]);
      nextKeys.index = { entries, rowIv: indexRow.iv };
      break;
    } catch (error) {
      if (error instanceof VaultRowsChangedError && attempt < rotationAttempts) continue;
      throw writeError(error);
    }
  }
  // Only now, with everything on disk, does this tab hold the new key.
  if (keys === opened) {
    keys = nextKeys;
    bucketCache = new Map();
  }
}

export function hasPin(): boolean {
  return pinChecker !== undefined;
}

export async function setPin(pin: string | null): Promise<void> {
  requireKeys();
  if (pin === null) {
    await saveSettings({ autoLockMinutes: settings.autoLockMinutes });
    pinChecker = undefined;
    return;
  }
  if (!/^\d+$/.test(pin) || pin.length < pinLength.min || pin.length > pinLength.max) throw new VaultError('pin-invalid');
  const salt = randomBytes(16);
  const bits = await derivePinBits(pin, salt);
  await saveSettings({ ...settings, pin: { salt: toBase64(salt), bits: toBase64(bits) } });
  pinChecker = { salt, bits };
}

export function getAutoLockMinutes(): number {
  return settings.autoLockMinutes;
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  requireKeys();
  await saveSettings({ ...settings, autoLockMinutes: minutes });
  autoLock?.stop();
  autoLock = startAutoLock({ idleMinutes: minutes });
}

/** The bucket a record of `kind` in `group` is filed under (none: the unfiled bucket). */
function bucketFor(opened: OpenKeys, kind: string, group: string | undefined): Promise<string> {
  if (group === undefined) return Promise.resolve(unfiledBucket);
  // The cache holds the buckets of the key in use; a passphrase change computes the new key's itself.
  if (keys !== opened) return bucketOf(opened.bucket, kind, group);
  const cacheKey = JSON.stringify([kind, group]);
  let bucket = bucketCache.get(cacheKey);
  if (!bucket) {
    bucket = bucketOf(opened.bucket, kind, group);
    bucketCache.set(cacheKey, bucket);
  }
  return bucket;
}

async function sealRow(opened: OpenKeys, record: RecordToPut): Promise<VaultRecordRow> {
  const schemaVersion = record.schemaVersion ?? 1;
  const [sealed, bucket] = await Promise.all([
    encryptBytes(opened.data, encodeJson(record.value), recordAdditionalData(record.kind, record.id, schemaVersion)),
    bucketFor(opened, record.kind, record.group),
  ]);
  return { kind: record.kind, id: record.id, schemaVersion, ...sealed, bucket };
}

/** The IV the sealed index holds for a record, in base64 (undefined: not listed). */
function indexedIv(index: SealedIndex, kind: string, id: string): string | undefined {
  return index.entries.get(kind)?.get(id);
}

/** A copy of `entries` with these rows' IVs set and these records removed. */
function indexWith(entries: SealedIndex['entries'], rows: readonly VaultRecordRow[], deletes: readonly { kind: string; id: string }[]): SealedIndex['entries'] {
  const next = new Map([...entries].map(([kind, ids]) => [kind, new Map(ids)]));
  for (const row of rows) {
    let ids = next.get(row.kind);
    if (!ids) next.set(row.kind, (ids = new Map<string, string>()));
    ids.set(row.id, toBase64(row.iv));
  }
  for (const { kind, id } of deletes) next.get(kind)?.delete(id);
  return next;
}

const indexSchemaVersion = 1;

async function sealIndex(opened: OpenKeys, entries: SealedIndex['entries']): Promise<VaultRecordRow> {
  const plain: Record<string, Record<string, string>> = {};
  for (const [kind, ids] of entries) plain[kind] = Object.fromEntries(ids);
  return sealRow(opened, { kind: vaultIndexKind, id: vaultIndexId, schemaVersion: indexSchemaVersion, value: plain });
}

/** The entries of a stored index row; an index that fails its check or its shape lists nothing. */
async function openIndexRow(key: CryptoKey, row: VaultRecordRow): Promise<SealedIndex['entries']> {
  const entries: SealedIndex['entries'] = new Map();
  let value: unknown;
  try {
    value = await decryptRow(key, row);
  } catch {
    return entries;
  }
  if (!value || typeof value !== 'object') return entries;
  for (const [kind, ids] of Object.entries(value)) {
    if (!ids || typeof ids !== 'object') continue;
    const forKind = new Map<string, string>();
    for (const [id, iv] of Object.entries(ids as Record<string, unknown>)) if (typeof iv === 'string') forKind.set(id, iv);
    entries.set(kind, forKind);
  }
  return entries;
}

/**
 * Reads the sealed index at unlock. A vault whose key row is format 2 always has one (or has
 * written nothing yet): a missing or damaged index lists nothing, so every record is refused
 * rather than any older copy accepted. A format-1 vault made before the index gets one now, from
 * the records as they are (the first unlock trusts what it finds).
 */
async function loadIndex(opened: OpenKeys, format: VaultKeyFormat): Promise<void> {
  const row = await readVaultRow(vaultIndexKind, vaultIndexId);
  if (row) {
    opened.index = { entries: await openIndexRow(opened.data, row), rowIv: row.iv };
    return;
  }
  opened.index = emptyIndex();
  if (format !== 1) return;
  const rows = (await readAllVaultRows()).filter((stored) => stored.kind !== vaultIndexKind);
  opened.index = { entries: indexWith(new Map(), rows, []), rowIv: undefined };
  // Written now so the next unlock reads it; if this fails (a full disk) it is built again then.
  await writeIndexed(opened, [], []).catch(() => undefined);
}

/**
 * Reads the stored index again if another tab wrote it since (its IV changed). Reads that find an
 * IV the index in memory does not hold share one refresh.
 */
function refreshIndex(opened: OpenKeys): Promise<void> {
  opened.indexRefresh ??= (async () => {
    try {
      const row = await readVaultRow(vaultIndexKind, vaultIndexId);
      const held = opened.index.rowIv;
      if (!row) {
        // Removed from storage while open: what memory holds is still right, and the next write stores it again.
        opened.index = { entries: opened.index.entries, rowIv: undefined };
      } else if (!held || !bytesEqual(row.iv, held)) {
        opened.index = { entries: await openIndexRow(opened.data, row), rowIv: row.iv };
      }
    } finally {
      opened.indexRefresh = undefined;
    }
  })();
  return opened.indexRefresh;
}

/** Decrypts a record only if it is the copy the sealed index lists: an older copy put back is refused like a damaged one. */
async function openRow(opened: OpenKeys, row: VaultRecordRow): Promise<unknown> {
  const iv = toBase64(row.iv);
  if (indexedIv(opened.index, row.kind, row.id) !== iv) {
    await refreshIndex(opened).catch(() => undefined);
    if (indexedIv(opened.index, row.kind, row.id) !== iv) throw new VaultError('integrity', `Record ${row.id} is not its latest saved copy`);
  }
  return decryptRow(opened.data, row);
}

/** How often a write starts again when another tab wrote the index meanwhile. */
const indexWriteAttempts = 3;

/** Writes rows and deletes records together with the sealed index that lists them (one transaction). */
async function writeIndexed(opened: OpenKeys, rows: readonly VaultRecordRow[], deletes: readonly { kind: string; id: string }[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const entries = indexWith(opened.index.entries, rows, deletes);
    const indexRow = await sealIndex(opened, entries);
    try {
      await writeVaultRows({ rows, deletes, index: { row: indexRow, basedOnIv: opened.index.rowIv } }, opened.wrappedKey);
      opened.index = { entries, rowIv: indexRow.iv };
      return;
    } catch (error) {
      if (!(error instanceof VaultIndexChangedError) || attempt >= indexWriteAttempts) throw error;
      await refreshIndex(opened);
    }
  }
}

async function decryptRow(key: CryptoKey, row: VaultRecordRow): Promise<unknown> {
  try {
    return decodeJson(await decryptBytes(key, row, recordAdditionalData(row.kind, row.id, row.schemaVersion)));
  } catch (error) {
    throw new VaultError('integrity', `Record ${row.id} failed its integrity check`, { cause: error });
  }
}

function checkId(kind: string, id: string): void {
  if (!kind || !id || kind.length > 64 || id.length > 128) throw new TypeError('A vault record needs a kind and an id');
  // The sealed index is written only with the records it lists (writeIndexed).
  if (kind === vaultIndexKind) throw new TypeError('This kind is the vault\'s own');
}

function checkGroup(group: string | undefined): void {
  if (group !== undefined && (group.length === 0 || group.length > 64)) throw new TypeError('A record group is 1 to 64 characters');
}

export type RecordToPut = {
  kind: string;
  id: string;
  value: unknown;
  schemaVersion?: number;
  /**
   * What the record may be looked up by before it is decrypted (the journal: its month). Stored
   * only as an opaque bucket; see `readRecordsInPieces`.
   */
  group?: string;
};

/** Encrypts and stores records in one transaction: all of them are saved, or none. */
export async function putRecords(records: RecordToPut[]): Promise<void> {
  const opened = requireKeys();
  records.forEach((record) => {
    checkId(record.kind, record.id);
    checkGroup(record.group);
  });
  const rows = await Promise.all(records.map((record) => sealRow(opened, record)));
  if (keys !== opened) {
    // A passphrase change in this tab finished meanwhile: seal again under the new key.
    if (wasRekeyedHere(opened)) return putRecords(records);
    throw new VaultError('locked');
  }
  try {
    await writeIndexed(opened, rows, []);
  } catch (error) {
    if (error instanceof VaultKeyMismatchError && wasRekeyedHere(opened)) return putRecords(records);
    throw writeError(error);
  }
}

/** This tab changed the passphrase after `opened` was taken: its writes belong under the new key. */
function wasRekeyedHere(opened: OpenKeys): boolean {
  return keys !== undefined && keys !== opened && !bytesEqual(keys.wrappedKey, opened.wrappedKey);
}

/**
 * A write refused because the key row changed is named for what happened: the vault was deleted
 * (in another tab, perhaps) or its passphrase changed elsewhere. The vault does not lock here: the
 * screen that tried to save still shows what the person typed, and says what happened.
 */
function writeError(error: unknown): VaultError {
  if (error instanceof VaultKeyMismatchError) return new VaultError(error.found === 'missing' ? 'vault-gone' : 'key-changed', error.message, { cause: error });
  return asStorageError(error);
}

export async function putRecord(kind: string, id: string, value: unknown, schemaVersion = 1, group?: string): Promise<void> {
  await putRecords([{ kind, id, value, schemaVersion, group }]);
}

export type ReadOptions = {
  /** Only the records filed under these groups, and those filed under none. Omitted: every record of the kind. */
  groups?: readonly string[];
  /** With `groups`: leave out the records filed under no group. */
  skipUnfiled?: boolean;
  /** Records already read: not read again. */
  skipIds?: ReadonlySet<string>;
  /**
   * The group a decrypted record belongs to. A record filed under another bucket (written before
   * buckets existed, imported, or tampered with) is moved to its own once the reading is done.
   */
  groupOf?: (value: unknown) => string | undefined;
};

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads and decrypts the records of a kind a piece at a time (`readChunkSize` each), giving the
 * page a turn between pieces so typing and scrolling stay smooth while thousands are opened. A
 * record that fails its integrity check is listed in its piece's `damaged` and the rest still come
 * back. Locking in the middle ends the reading with a "locked" error: nothing decrypted before the
 * lock is handed out after it.
 */
export async function* readRecordsInPieces<T = unknown>(kind: string, options: ReadOptions = {}): AsyncGenerator<RecordsResult<T>, void, undefined> {
  const opened = requireKeys();
  const epoch = unlockEpoch;
  const { groups, skipIds, groupOf } = options;
  const moves: BucketMove[] = [];
  const wanted = (row: VaultRecordRow) => !skipIds?.has(row.id);

  const open = async (rows: VaultRecordRow[]): Promise<RecordsResult<T>> => {
    const outcomes = await Promise.all(
      rows.map(async (row) => {
        try {
          return { row, value: await openRow(opened, row) };
        } catch {
          return { row, damaged: true as const };
        }
      }),
    );
    if (epoch !== unlockEpoch) throw new VaultError('locked');
    const result: RecordsResult<T> = { records: [], damaged: [] };
    for (const outcome of outcomes) {
      if ('damaged' in outcome) {
        result.damaged.push(outcome.row.id);
        continue;
      }
      result.records.push({ id: outcome.row.id, value: outcome.value as T });
      if (!groupOf) continue;
      const group = groupOf(outcome.value);
      const bucket = await bucketFor(opened, kind, group !== undefined && group.length > 0 && group.length <= 64 ? group : undefined);
      if (bucket !== outcome.row.bucket) moves.push({ kind, id: outcome.row.id, iv: outcome.row.iv, bucket });
    }
    return result;
  };

  if (groups) {
    const buckets = await Promise.all(groups.map((group) => bucketFor(opened, kind, group)));
    if (!options.skipUnfiled) buckets.push(unfiledBucket);
    let rows: VaultRecordRow[];
    try {
      rows = (await readVaultRowsInBuckets(kind, buckets)).filter(wanted);
    } catch (error) {
      throw asStorageError(error);
    }
    for (let start = 0; start < rows.length; start += readChunkSize) {
      if (start > 0) await yieldToBrowser();
      yield await open(rows.slice(start, start + readChunkSize));
    }
  } else {
    let afterId: string | undefined;
    for (;;) {
      let page: VaultRecordRow[];
      try {
        page = await readVaultRowsPage(kind, afterId, readChunkSize);
      } catch (error) {
        throw asStorageError(error);
      }
      afterId = page.at(-1)?.id;
      const rows = page.filter(wanted);
      if (rows.length > 0) yield await open(rows);
      if (page.length < readChunkSize) break;
      await yieldToBrowser();
    }
  }

  if (moves.length > 0 && epoch === unlockEpoch) {
    // Buckets are only a reading-order hint: if this write fails (a full disk), the records still
    // read correctly, and the move is tried again next time.
    await moveVaultRowsToBuckets(moves).catch(() => 0);
  }
}

/**
 * Every record of a kind, decrypted. A record that fails its integrity check is listed in
 * `damaged` and the rest still come back, so one bad record never hides the others.
 */
export async function getRecords<T = unknown>(kind: string, options: ReadOptions = {}): Promise<RecordsResult<T>> {
  const result: RecordsResult<T> = { records: [], damaged: [] };
  for await (const piece of readRecordsInPieces<T>(kind, options)) {
    result.records.push(...piece.records);
    result.damaged.push(...piece.damaged);
  }
  return result;
}

/** How many records of a kind are stored (readable or not). */
export async function countRecords(kind: string): Promise<number> {
  requireKeys();
  try {
    return await countVaultRows(kind);
  } catch (error) {
    throw asStorageError(error);
  }
}

export async function getRecord<T = unknown>(kind: string, id: string): Promise<T | undefined> {
  const opened = requireKeys();
  const row = await readVaultRow(kind, id);
  if (!row) return undefined;
  const value = (await openRow(opened, row)) as T;
  if (keys !== opened) throw new VaultError('locked');
  return value;
}

export async function deleteRecord(kind: string, id: string): Promise<void> {
  const opened = requireKeys();
  try {
    await writeIndexed(opened, [], [{ kind, id }]);
  } catch (error) {
    if (error instanceof VaultKeyMismatchError && wasRekeyedHere(opened)) return deleteRecord(kind, id);
    throw writeError(error);
  }
}

/** Every record but the vault's own settings, decrypted, for a backup. */
export async function readEverything(): Promise<{ records: (RecordToPut & { schemaVersion: number })[]; damaged: number }> {
  const opened = requireKeys();
  const rows = (await readAllVaultRows()).filter((row) => !isReservedKind(row.kind));
  let damaged = 0;
  const records: (RecordToPut & { schemaVersion: number })[] = [];
  for (const row of rows) {
    try {
      records.push({ kind: row.kind, id: row.id, schemaVersion: row.schemaVersion, value: await openRow(opened, row) });
    } catch {
      damaged++;
    }
  }
  return { records, damaged };
}

/** For imports: which of these records exist here, decrypted (undefined when damaged). */
export async function readExisting(wanted: { kind: string; id: string }[]): Promise<Map<string, unknown>> {
  const opened = requireKeys();
  // One read for all of them and the decryptions side by side: a backup of thousands of entries
  // would otherwise wait on thousands of round trips, one after the other.
  const rows = await readVaultRowsByKey(wanted);
  const found = new Map<string, unknown>();
  await Promise.all(
    rows.map(async (row) => {
      if (!row) return;
      // A copy here that fails its check is listed as undefined, so the backup's copy replaces it.
      found.set(JSON.stringify([row.kind, row.id]), await openRow(opened, row).catch(() => undefined));
    }),
  );
  return found;
}

export function isReservedKind(kind: string): boolean {
  return kind === settingsKind || kind === vaultIndexKind;
}

/** Deletes the vault and everything in it: the way out when the passphrase is forgotten. */
export async function eraseVault(): Promise<void> {
  lock('wipe');
  try {
    await eraseVaultStorage();
  } catch (error) {
    throw asStorageError(error);
  }
  setState({ status: 'absent', canUsePin: false });
}

/** Test hook: forget everything in memory, as a page reload would. */
export function resetVaultMemoryForTests(): void {
  autoLock?.stop();
  autoLock = undefined;
  keys = undefined;
  keysHeldForPin = undefined;
  bucketCache = new Map();
  pinChecker = undefined;
  pinAttemptsLeft = pinAttempts;
  settings = { autoLockMinutes: defaultAutoLockMinutes };
  unlockEpoch++;
  store.forget();
}
