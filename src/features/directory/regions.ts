import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { usePreferences } from '../../ui/usePreferences';
import { elsewhere } from './entries';

/**
 * The person's subdivision in the chosen country, or "elsewhere"; undefined when not chosen, or
 * chosen for another country (a subdivision belongs to one country, so a new country forgets it).
 */
export function regionOf(preferences: { country?: string | undefined; subdivision?: string | undefined }): string | undefined {
  const { country, subdivision } = preferences;
  if (country === undefined || subdivision === undefined) return undefined;
  return subdivision === elsewhere || subdivision.startsWith(`${country}-`) ? subdivision : undefined;
}

export function useRegion(): string | undefined {
  return regionOf(usePreferences());
}

/**
 * A subdivision's name in the screen's language: from the app's words where it has them
 * (Canada's provinces), otherwise the shortest place name an entry of that subdivision gives.
 */
export function useSubdivisionName(entries: readonly DirectoryEntry[]): (code: string) => string {
  const { t, i18n } = useTranslation('directory');
  return (code) => {
    const key = `subdivisions.${code}`;
    if (i18n.exists(key, { ns: 'directory' })) return t(key as 'subdivisions.CA-QC');
    const named = entries.filter((entry) => entry.subdivision === code && entry.region).map((entry) => entry.region ?? '');
    return named.sort((a, b) => a.length - b.length)[0] ?? code;
  };
}
