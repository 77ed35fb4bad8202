import * as z from 'zod/mini';
import type { VaultRecordRow } from '../db/vaultRecords';
import { readVaultRow } from '../db/vaultStore';
import { startAutoLock, type AutoLockHandle } from './autoLock';
import { fromBase64 } from './crypto';
import { putRecord } from './records';
import { openRow } from './sealedIndex';
import { openKeys, requireKeys } from './state';

/*
 * The vault's own settings (auto-lock minutes, the PIN's checker), stored encrypted like any
 * record and read at every unlock. The auto-lock timer runs with them while the vault is open.
 */

export const defaultAutoLockMinutes = 5;
export const autoLockChoices = [1, 2, 5, 10, 15, 30] as const;

export const settingsKind = 'vault-settings';
const settingsId = 'settings';
const SettingsSchema = z.object({
  autoLockMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
  pin: z.optional(z.object({ salt: z.string(), bits: z.string() })),
});
export type VaultSettings = z.infer<typeof SettingsSchema>;
export type PinChecker = { salt: Uint8Array<ArrayBuffer>; bits: Uint8Array<ArrayBuffer> };

let settings: VaultSettings = { autoLockMinutes: defaultAutoLockMinutes };
/** The stored PIN's salt and bits, decoded once: undefined when no PIN is set. */
let pinChecker: PinChecker | undefined;
let autoLock: AutoLockHandle | undefined;

export function currentSettings(): VaultSettings {
  return settings;
}

export function currentPinChecker(): PinChecker | undefined {
  return pinChecker;
}

/**
 * The stored settings row, still sealed. Unlocking starts reading it while the sealed index is
 * opened, so the two reads from storage overlap instead of following each other.
 */
export function readSettingsRow(): Promise<VaultRecordRow | undefined> {
  return readVaultRow(settingsKind, settingsId);
}

/** Reads the settings of the vault just opened (from `reading`, when that row is already on its way). */
export async function loadSettings(reading: Promise<VaultRecordRow | undefined> = readSettingsRow()): Promise<void> {
  forgetSettings();
  const row = await reading;
  const keys = openKeys();
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

/** Stores the settings; `checker` is the decoded form of `next.pin`, held once the write succeeds. */
export async function saveSettings(next: VaultSettings, checker: PinChecker | undefined): Promise<void> {
  await putRecord(settingsKind, settingsId, next);
  settings = next;
  pinChecker = checker;
}

/** Back to the defaults and no PIN, as before any vault was opened. */
export function forgetSettings(): void {
  settings = { autoLockMinutes: defaultAutoLockMinutes };
  pinChecker = undefined;
}

export function getAutoLockMinutes(): number {
  return settings.autoLockMinutes;
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  requireKeys();
  await saveSettings({ ...settings, autoLockMinutes: minutes }, pinChecker);
  startAutoLockTimer();
}

/** (Re)starts the auto-lock timer with the minutes set. */
export function startAutoLockTimer(): void {
  autoLock?.stop();
  autoLock = startAutoLock({ idleMinutes: settings.autoLockMinutes });
}

export function stopAutoLockTimer(): void {
  autoLock?.stop();
  autoLock = undefined;
}
