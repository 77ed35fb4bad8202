// The lazily loaded part of the safety feature; the shell's part is in shell.ts.
export { PrivacyScreen } from './PrivacyScreen';
export { NeutralScreen } from './NeutralScreen';
export { SafetySettingsSection } from './SafetySettingsSection';
export { WipeDoneScreen } from './WipeDoneScreen';
