import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { usePreferences } from '../../ui/usePreferences';
import { elsewhere, subdivisionName } from './entries';

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

/** A subdivision's name in the screen's language (entries.ts subdivisionName says from where). */
export function useSubdivisionName(entries: readonly DirectoryEntry[]): (code: string) => string {
  const { t, i18n } = useTranslation('directory');
  return (code) =>
    subdivisionName(code, entries, (own) => {
      const key = `subdivisions.${own}`;
      return i18n.exists(key, { ns: 'directory' }) ? t(key as 'subdivisions.CA-QC') : undefined;
    });
}
