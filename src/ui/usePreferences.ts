import { preferencesStore, type Preferences } from '../prefs/preferences';
import { useStore } from './useStore';

export function usePreferences(): Preferences {
  return useStore(preferencesStore);
}
