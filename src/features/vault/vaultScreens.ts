// The vault's screens, one chunk loaded when first needed (lazyScreens.ts): a crisis note that is
// already open, or a journal that is, never waits for them.
export { VaultSetup } from './VaultSetup';
export { VaultUnlock } from './VaultUnlock';
export { VaultSettingsView } from './VaultSettingsView';
export { BackupView } from './BackupView';
