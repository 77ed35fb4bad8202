// What other features use of the vault's screens: the gate that shows its children only while
// the vault is open, and the set-up or unlock screen in their place otherwise; and, for the
// journal (the owner of the records they write again in bulk), the screens themselves.
export { VaultGate } from './VaultGate';
export { VaultSetup } from './VaultSetup';
export { VaultUnlock } from './VaultUnlock';
export { VaultSettingsView } from './VaultSettingsView';
export { BackupView } from './BackupView';
export { vaultErrorKey, type VaultErrorKey } from './vaultErrors';
export type { VaultRecordsOwner } from './recordsOwner';
