import * as z from 'zod/mini';
import type { VaultRecordRow } from '../db/vaultRecords';
import { deleteVaultRow, eraseVaultStorage, readAllVaultRows, readVaultKey, readVaultRow, readVaultRows, vaultKeyId, writeVaultKey, writeVaultRows } from '../db/vaultStore';
import {
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
  unwrapDataKey,
  wrapDataKey,
} from './crypto';
import { asStorageError, VaultError } from './errors';
import { onLockRequested, type LockReason } from './lockSignal';
import { startAutoLock, type AutoLockHandle } from './autoLock';

/*
 * The vault: the only code that encrypts personal data. It holds the data key in memory while
 * unlocked and nowhere else; locking forgets it (or, after an auto-lock with a PIN set, keeps it
 * aside in memory only, for the PIN to bring back). Screens subscribe to its state and drop
 * everything decrypted when it locks.
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

let state: VaultState = { status: 'checking', canUsePin: false, lastLockReason: undefined };
let dataKey: CryptoKey | undefined;
/** Kept only after an auto-lock while a PIN is set; never written anywhere. */
let keyHeldForPin: CryptoKey | undefined;
let pinChecker: { salt: Uint8Array<ArrayBuffer>; bits: Uint8Array<ArrayBuffer> } | undefined;
let pinAttemptsLeft = pinAttempts;
let settings: VaultSettings = { autoLockMinutes: defaultAutoLockMinutes };
let autoLock: AutoLockHandle | undefined;
/** Changes at every lock, so work started before a lock cannot hand decrypted data to a screen after it. */
let unlockEpoch = 0;

const listeners = new Set<() => void>();

function setState(next: Partial<VaultState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function getVaultState(): VaultState {
  return state;
}

export function subscribeToVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUnlocked(): boolean {
  return state.status === 'unlocked' && dataKey !== undefined;
}

onLockRequested((reason) => lock(reason));

/** Reads whether a vault exists. Call once on start; the state then follows every action. */
export async function refreshVaultState(): Promise<VaultState> {
  if (dataKey) return state;
  let exists: boolean;
  try {
    exists = (await readVaultKey()) !== undefined;
  } catch (error) {
    throw asStorageError(error);
  }
  // An unlock may have finished while storage was being read; it wins.
  if (state.status !== 'unlocked') setState({ status: exists ? 'locked' : 'absent' });
  return state;
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
    await writeVaultKey({ id: vaultKeyId, formatVersion: 1, kdf, ...wrapped, createdAt: new Date().toISOString() });
  } catch (error) {
    throw asStorageError(error);
  }
  // The extractable key goes out of scope here; memory keeps only a non-extractable copy.
  await openWith(await unwrapDataKey(wrapped, wrappingKey));
}

async function unwrapWithPassphrase(passphrase: string, isExtractable = false): Promise<CryptoKey> {
  const record = await readVaultKey();
  if (!record) throw new VaultError('no-vault');
  const wrappingKey = await derivePassphraseKey(passphrase, record.kdf);
  try {
    return await unwrapDataKey(record, wrappingKey, isExtractable);
  } catch (error) {
    throw new VaultError('wrong-passphrase', 'The passphrase did not open the vault', { cause: error });
  }
}

export async function unlock(passphrase: string): Promise<void> {
  await openWith(await unwrapWithPassphrase(passphrase));
}

async function openWith(key: CryptoKey): Promise<void> {
  dataKey = key;
  keyHeldForPin = undefined;
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
  if (!row || !dataKey) return;
  try {
    const parsed = SettingsSchema.safeParse(await decryptRow(dataKey, row));
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
  const mayKeepForPin = isAutoLock && pinChecker !== undefined && (dataKey ?? keyHeldForPin) !== undefined;
  keyHeldForPin = mayKeepForPin ? (dataKey ?? keyHeldForPin) : undefined;
  if (!mayKeepForPin) pinAttemptsLeft = pinAttempts;
  const wasOpen = dataKey !== undefined || state.status === 'unlocked';
  dataKey = undefined;
  unlockEpoch++;
  if (!mayKeepForPin) {
    pinChecker = undefined;
    settings = { autoLockMinutes: defaultAutoLockMinutes };
  }
  if (wasOpen || state.canUsePin !== mayKeepForPin) setState({ status: state.status === 'absent' ? 'absent' : 'locked', canUsePin: mayKeepForPin, lastLockReason: reason });
}

export async function unlockWithPin(pin: string): Promise<void> {
  const held = keyHeldForPin;
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
  if (keyHeldForPin !== held) throw new VaultError('pin-unavailable');
  await openWith(held);
}

export function remainingPinAttempts(): number {
  return pinAttemptsLeft;
}

function requireKey(): CryptoKey {
  if (!dataKey) throw new VaultError('locked');
  return dataKey;
}

export async function changePassphrase(current: string, next: string): Promise<void> {
  checkPassphrase(next);
  requireKey();
  const record = await readVaultKey();
  if (!record) throw new VaultError('no-vault');
  // Only the data key is re-wrapped: records stay as they are, so this is one small write.
  const extractable = await unwrapWithPassphrase(current, true);
  const kdf = newKdfParams(Math.max(record.kdf.iterations, newKdfParams().iterations));
  const wrapped = await wrapDataKey(extractable, await derivePassphraseKey(next, kdf));
  try {
    await writeVaultKey({ ...record, kdf, ...wrapped });
  } catch (error) {
    throw asStorageError(error);
  }
}

export function hasPin(): boolean {
  return pinChecker !== undefined;
}

export async function setPin(pin: string | null): Promise<void> {
  requireKey();
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
  requireKey();
  await saveSettings({ ...settings, autoLockMinutes: minutes });
  autoLock?.stop();
  autoLock = startAutoLock({ idleMinutes: minutes });
}

async function sealRow(key: CryptoKey, kind: string, id: string, value: unknown, schemaVersion: number): Promise<VaultRecordRow> {
  const sealed = await encryptBytes(key, encodeJson(value), recordAdditionalData(kind, id, schemaVersion));
  return { kind, id, schemaVersion, ...sealed };
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
}

export type RecordToPut = { kind: string; id: string; value: unknown; schemaVersion?: number };

/** Encrypts and stores records in one transaction: all of them are saved, or none. */
export async function putRecords(records: RecordToPut[]): Promise<void> {
  const key = requireKey();
  records.forEach((record) => checkId(record.kind, record.id));
  const rows = await Promise.all(records.map((record) => sealRow(key, record.kind, record.id, record.value, record.schemaVersion ?? 1)));
  if (dataKey !== key) throw new VaultError('locked');
  try {
    await writeVaultRows(rows);
  } catch (error) {
    throw asStorageError(error);
  }
}

export async function putRecord(kind: string, id: string, value: unknown, schemaVersion = 1): Promise<void> {
  await putRecords([{ kind, id, value, schemaVersion }]);
}

/**
 * Every record of a kind, decrypted. A record that fails its integrity check is listed in
 * `damaged` and the rest still come back, so one bad record never hides the others.
 */
export async function getRecords<T = unknown>(kind: string): Promise<RecordsResult<T>> {
  const key = requireKey();
  const epoch = unlockEpoch;
  let rows: VaultRecordRow[];
  try {
    rows = await readVaultRows(kind);
  } catch (error) {
    throw asStorageError(error);
  }
  const outcomes = await Promise.all(
    rows.map(async (row) => {
      try {
        return { id: row.id, value: (await decryptRow(key, row)) as T };
      } catch {
        return { id: row.id, damaged: true as const };
      }
    }),
  );
  if (epoch !== unlockEpoch) throw new VaultError('locked');
  const result: RecordsResult<T> = { records: [], damaged: [] };
  for (const outcome of outcomes) {
    if ('damaged' in outcome) result.damaged.push(outcome.id);
    else result.records.push(outcome);
  }
  return result;
}

export async function getRecord<T = unknown>(kind: string, id: string): Promise<T | undefined> {
  const key = requireKey();
  const row = await readVaultRow(kind, id);
  if (!row) return undefined;
  const value = (await decryptRow(key, row)) as T;
  if (dataKey !== key) throw new VaultError('locked');
  return value;
}

export async function deleteRecord(kind: string, id: string): Promise<void> {
  requireKey();
  try {
    await deleteVaultRow(kind, id);
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Every record but the vault's own settings, decrypted, for a backup. */
export async function readEverything(): Promise<{ records: (RecordToPut & { schemaVersion: number })[]; damaged: number }> {
  const key = requireKey();
  const rows = (await readAllVaultRows()).filter((row) => row.kind !== settingsKind);
  let damaged = 0;
  const records: (RecordToPut & { schemaVersion: number })[] = [];
  for (const row of rows) {
    try {
      records.push({ kind: row.kind, id: row.id, schemaVersion: row.schemaVersion, value: await decryptRow(key, row) });
    } catch {
      damaged++;
    }
  }
  return { records, damaged };
}

/** For imports: which of these records exist here, decrypted (undefined when damaged). */
export async function readExisting(keys: { kind: string; id: string }[]): Promise<Map<string, unknown>> {
  const key = requireKey();
  const found = new Map<string, unknown>();
  for (const { kind, id } of keys) {
    const row = await readVaultRow(kind, id);
    if (!row) continue;
    try {
      found.set(JSON.stringify([kind, id]), await decryptRow(key, row));
    } catch {
      found.set(JSON.stringify([kind, id]), undefined);
    }
  }
  return found;
}

export function isReservedKind(kind: string): boolean {
  return kind === settingsKind;
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
  dataKey = undefined;
  keyHeldForPin = undefined;
  pinChecker = undefined;
  pinAttemptsLeft = pinAttempts;
  settings = { autoLockMinutes: defaultAutoLockMinutes };
  unlockEpoch++;
  state = { status: 'checking', canUsePin: false, lastLockReason: undefined };
}
