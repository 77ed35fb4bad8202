export { JournalScreen } from './JournalScreen';
// The vault's set-up and unlock screens, for other features that keep something in the vault.
export { VaultSetup } from './VaultSetup';
export { VaultUnlock } from './VaultUnlock';
