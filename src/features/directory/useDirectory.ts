import { installedPacksOfKind } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import type { DirectoryPack } from '../../content/schema';

/** The installed, verified directory packs; undefined while loading. */
export function useDirectoryPacks(): DirectoryPack[] | undefined {
  return useLiveQuery(() => installedPacksOfKind('directory'), []);
}
