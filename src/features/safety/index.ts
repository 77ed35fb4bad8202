// The lazily loaded part of the safety feature; the shell's part is in shell.ts.
export { PrivacyScreen } from './PrivacyScreen';
export { NeutralScreen } from './NeutralScreen';
export { SafetySettingsSection } from './SafetySettingsSection';
export { WipeDoneScreen } from './WipeDoneScreen';
// Whether the disguise is on, for features that must warn about what it cannot hide.
export { useIsDisguised } from './neutralGate';
// For a screen that covers the shell (feedback's participant form) and so must offer its own quick exit.
export { performQuickExit } from './quickExit';
