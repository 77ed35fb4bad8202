import { eraseVaultStorage, readVaultKey, vaultKeyId, writeVaultKey } from '../db/vaultStore';
import type { VaultKeyFormat } from '../db/vaultRecords';
import { derivePassphraseKey, generateDataKey, newKdfParams, wrapDataKey } from './crypto';
import { asStorageError, VaultError } from './errors';
import { onLockRequested, type LockReason } from './lockSignal';
import { checkPassphrase, passphraseKeyFor, unwrapKeys, wrongPassphrase } from './passphrase';
import { hasPin, isRightPin, remainingPinAttempts, resetPinAttempts } from './pin';
import { forgetBuckets } from './rows';
import { loadIndex } from './sealedIndex';
import { forgetSettings, loadSettings, readSettingsRow, startAutoLockTimer, stopAutoLockTimer } from './settings';
import { getVaultState, holdKeys, nextEpoch, openKeys, resetState, setState, type OpenKeys, type VaultState } from './state';

/*
 * The session: creating the vault, opening it (passphrase or PIN), locking it, erasing it. It holds
 * the data key (and the bucket key derived from it) in memory while unlocked and nowhere else;
 * locking forgets them (or, after an auto-lock with a PIN set, keeps them aside in memory only,
 * for the PIN to bring back). Screens subscribe to its state and drop everything decrypted when it locks.
 */

/** Set (performance.mark) the moment the data key is unwrapped: the benchmark times from here. */
export const keyReadyMark = 'companera:vault-key-ready';
/** Set when the vault is open for reading (sealed index and settings loaded): the benchmark's first phase ends here. */
export const vaultOpenMark = 'companera:vault-open';

/** Kept only after an auto-lock while a PIN is set; never written anywhere. */
let keysHeldForPin: OpenKeys | undefined;

onLockRequested((reason) => lock(reason));

/** Reads whether a vault exists. Call once on start; the state then follows every action. */
export async function refreshVaultState(): Promise<VaultState> {
  if (openKeys()) return getVaultState();
  let exists: boolean;
  try {
    exists = (await readVaultKey()) !== undefined;
  } catch (error) {
    throw asStorageError(error);
  }
  // An unlock may have finished while storage was being read; it wins.
  if (getVaultState().status !== 'unlocked') setState({ status: exists ? 'locked' : 'absent' });
  return getVaultState();
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
  // Read while the index is opened; a failure is reported where it is awaited (loadSettings).
  const settingsRow = readSettingsRow();
  void settingsRow.catch(() => undefined);
  if (format !== undefined) {
    try {
      await loadIndex(opened, format);
    } catch (error) {
      throw asStorageError(error);
    }
  }
  holdKeys(opened);
  keysHeldForPin = undefined;
  forgetBuckets();
  resetPinAttempts();
  nextEpoch();
  await loadSettings(settingsRow);
  startAutoLockTimer();
  performance.mark(vaultOpenMark);
  setState({ status: 'unlocked', canUsePin: false, lastLockReason: undefined });
}

/**
 * Locks now. Auto-locks (idle, page hidden) keep the key aside for the PIN when one is set;
 * every other reason forgets the key completely.
 */
export function lock(reason: LockReason = 'manual'): void {
  stopAutoLockTimer();
  const keys = openKeys();
  const isAutoLock = reason === 'idle' || reason === 'hidden';
  const mayKeepForPin = isAutoLock && hasPin() && (keys ?? keysHeldForPin) !== undefined;
  keysHeldForPin = mayKeepForPin ? (keys ?? keysHeldForPin) : undefined;
  if (!mayKeepForPin) resetPinAttempts();
  const state = getVaultState();
  const wasOpen = keys !== undefined || state.status === 'unlocked';
  holdKeys(undefined);
  forgetBuckets();
  nextEpoch();
  if (!mayKeepForPin) forgetSettings();
  if (wasOpen || state.canUsePin !== mayKeepForPin)
    setState({ status: state.status === 'absent' ? 'absent' : 'locked', canUsePin: mayKeepForPin, lastLockReason: reason });
}

export async function unlockWithPin(pin: string): Promise<void> {
  const held = keysHeldForPin;
  if (!held || !hasPin()) throw new VaultError('pin-unavailable');
  if (!(await isRightPin(pin))) {
    if (remainingPinAttempts() <= 0) {
      lock('manual');
      throw new VaultError('pin-unavailable', 'Too many wrong PINs');
    }
    throw new VaultError('wrong-pin');
  }
  if (keysHeldForPin !== held) throw new VaultError('pin-unavailable');
  await openWith(held);
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
  stopAutoLockTimer();
  holdKeys(undefined);
  keysHeldForPin = undefined;
  forgetBuckets();
  forgetSettings();
  resetPinAttempts();
  nextEpoch();
  resetState();
}
