import { bytesEqual, derivePinBits, randomBytes, toBase64 } from './crypto';
import { VaultError } from './errors';
import { currentPinChecker, currentSettings, saveSettings } from './settings';
import { requireKeys } from './state';

/*
 * The PIN: a short code that re-opens the vault after an auto-lock, while the key is still held
 * in memory (session.ts). It is checked against bits derived from it and a salt, stored in the
 * vault's settings; a few wrong tries and the passphrase is needed again.
 */

export const pinLength = { min: 4, max: 8 };
/** Wrong PINs allowed before the key held for the PIN is dropped and the passphrase is needed. */
export const pinAttempts = 5;

let pinAttemptsLeft = pinAttempts;

export function hasPin(): boolean {
  return currentPinChecker() !== undefined;
}

export function remainingPinAttempts(): number {
  return pinAttemptsLeft;
}

export function resetPinAttempts(): void {
  pinAttemptsLeft = pinAttempts;
}

/** Whether `pin` is the PIN set; a wrong one uses up an attempt. No PIN set: 'pin-unavailable'. */
export async function isRightPin(pin: string): Promise<boolean> {
  const checker = currentPinChecker();
  if (!checker) throw new VaultError('pin-unavailable');
  const bits = await derivePinBits(pin, checker.salt);
  if (bytesEqual(bits, checker.bits)) return true;
  pinAttemptsLeft--;
  return false;
}

export async function setPin(pin: string | null): Promise<void> {
  requireKeys();
  if (pin === null) {
    await saveSettings({ autoLockMinutes: currentSettings().autoLockMinutes }, undefined);
    return;
  }
  if (!/^\d+$/.test(pin) || pin.length < pinLength.min || pin.length > pinLength.max) throw new VaultError('pin-invalid');
  const salt = randomBytes(16);
  const bits = await derivePinBits(pin, salt);
  await saveSettings({ ...currentSettings(), pin: { salt: toBase64(salt), bits: toBase64(bits) } }, { salt, bits });
}
