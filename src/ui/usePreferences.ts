import { useSyncExternalStore } from 'react';
import { getPreferences, subscribeToPreferences, type Preferences } from '../prefs/preferences';

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribeToPreferences, getPreferences, getPreferences);
}
