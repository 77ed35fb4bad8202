import { useStore } from '../../ui/useStore';
import { safetySettingsStore, type SafetySettings } from './safetySettings';

export function useSafetySettings(): SafetySettings {
  return useStore(safetySettingsStore);
}
