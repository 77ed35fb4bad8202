import { useSyncExternalStore } from 'react';
import { getPreferences, subscribeToPreferences, type Preferences } from './preferences';

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribeToPreferences, getPreferences, getPreferences);
}
