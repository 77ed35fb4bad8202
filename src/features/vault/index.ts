// What other features use of the vault's screens: the gate that shows its children only while
// the vault is open, and the set-up or unlock screen in their place otherwise.
export { VaultGate } from './VaultGate';
