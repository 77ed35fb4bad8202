import { useLanguage } from '../../ui/useLanguage';
import { usePreferences } from '../../ui/usePreferences';
import { emergencyCallsFor, type EmergencyCall } from './emergency';
import { useDirectoryPacks } from './useDirectory';

/**
 * The number to call first in her country, ranked by the directory's routing (medical and rescue
 * help before the police); undefined while the directory loads, or when no country is chosen
 * or the phone holds no number for it. Shared by every screen that keeps the number in sight.
 */
export function useFirstEmergencyCall(): EmergencyCall | undefined {
  const { country } = usePreferences();
  const language = useLanguage();
  const packs = useDirectoryPacks();
  return country && packs ? emergencyCallsFor(packs, country, language)[0] : undefined;
}
