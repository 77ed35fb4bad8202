import { useTranslation } from 'react-i18next';
import { installedPacksOfKind } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { isLanguage, type Language } from '../../i18n/languages';
import type { DirectoryPack } from '../../content/schema';

/** The installed, verified directory packs; undefined while loading. */
export function useDirectoryPacks(): DirectoryPack[] | undefined {
  return useLiveQuery(() => installedPacksOfKind('directory'), []);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
}
