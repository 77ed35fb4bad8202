import { useSyncExternalStore } from 'react';
import { getSafetySettings, subscribeToSafetySettings, type SafetySettings } from './safetySettings';

export function useSafetySettings(): SafetySettings {
  return useSyncExternalStore(subscribeToSafetySettings, getSafetySettings, getSafetySettings);
}
