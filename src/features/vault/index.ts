// What other features use of the vault's screens: the gate that shows its children only while
// the vault is open, and the set-up or unlock screen in their place otherwise; and, for the
// journal (the owner of the records they write again in bulk), the screens themselves. The
// screens are their own chunk (lazyScreens.ts), so a feature that only needs the gate while the
// vault is open loads none of them.
export { VaultGate } from './VaultGate';
export { BackupView, preloadVaultScreens, VaultSettingsView, VaultSetup, VaultUnlock } from './lazyScreens';
export { vaultErrorKey, type VaultErrorKey } from './vaultErrors';
export type { VaultRecordsOwner } from './recordsOwner';
