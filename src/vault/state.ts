import type { LockReason } from './lockSignal';
import { VaultError } from './errors';
import { createLazyStore, type ReadonlyStore } from '../lib/store';

/*
 * What the vault holds in memory, and nowhere else: its state as screens see it, and the keys
 * while it is open. The other vault modules read and change it only through these functions;
 * locking (session.ts) forgets the keys.
 */

export type VaultStatus = 'checking' | 'absent' | 'locked' | 'unlocked';

export type VaultState = {
  status: VaultStatus;
  /** A PIN can re-open the vault right now (the key is still in memory after an auto-lock). */
  canUsePin: boolean;
  lastLockReason: LockReason | undefined;
};

/**
 * The sealed index (see `vaultIndexKind`) as held in memory while open: kind → id → the IV, in
 * base64, of the record's current ciphertext. `rowIv` is the IV of the stored index row it was
 * read from or written as (undefined: none stored), so a write can tell that another tab wrote
 * the index meanwhile. Kept in memory so a read compares IVs without decrypting the index again.
 */
export type SealedIndex = { entries: Map<string, Map<string, string>>; rowIv: Uint8Array<ArrayBuffer> | undefined };

/**
 * The keys held while the vault is open: `data` encrypts records, `bucket` files them (HMAC).
 * `wrappedKey` is the stored key row they came from: every write checks that row is still there
 * and still the same (see writeVaultRows), so a deleted or re-keyed vault is never written to.
 */
export type OpenKeys = {
  data: CryptoKey;
  bucket: CryptoKey;
  wrappedKey: Uint8Array<ArrayBuffer>;
  index: SealedIndex;
  indexRefresh?: Promise<void>;
};

export function emptyIndex(): SealedIndex {
  return { entries: new Map(), rowIv: undefined };
}

// Lazy only so the test hook can start it again as a page load does, telling no one.
const store = createLazyStore<VaultState>(() => ({ status: 'checking', canUsePin: false, lastLockReason: undefined }));
/** The vault's state for screens (useVaultState reads it). */
export const vaultStateStore: ReadonlyStore<VaultState> = store;
let keys: OpenKeys | undefined;
/** Changes at every lock, so work started before a lock cannot hand decrypted data to a screen after it. */
let unlockEpoch = 0;

/** Every call tells the listeners, changed or not: the merged state is a new object. */
export function setState(next: Partial<VaultState>): void {
  store.update((current) => ({ ...current, ...next }));
}

/** Test hook (see resetVaultMemoryForTests): back to the state of a fresh page, telling no one. */
export function resetState(): void {
  store.forget();
}

export const getVaultState = store.get;
export const subscribeToVault = store.subscribe;

export function isUnlocked(): boolean {
  return store.get().status === 'unlocked' && keys !== undefined;
}

/** The keys in use, or undefined while locked. */
export function openKeys(): OpenKeys | undefined {
  return keys;
}

/** Holds these keys from now on (undefined: none, locked). */
export function holdKeys(next: OpenKeys | undefined): void {
  keys = next;
}

export function requireKeys(): OpenKeys {
  if (!keys) throw new VaultError('locked');
  return keys;
}

export function currentEpoch(): number {
  return unlockEpoch;
}

export function nextEpoch(): void {
  unlockEpoch++;
}
