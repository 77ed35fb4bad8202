import type { Pack } from '../packs/schema';
import { db } from './db';

export type PackOfKind<K extends Pack['kind']> = Extract<Pack, { kind: K }>;

/**
 * The installed packs of one kind, for one language (packs in every language, like directories,
 * always match). Every screen reads content through here, so it only ever sees verified packs.
 */
export async function installedPacksOfKind<K extends Pack['kind']>(kind: K, locale?: string): Promise<PackOfKind<K>[]> {
  const records = await db.packs.where('kind').equals(kind).toArray();
  return records
    .filter((record) => locale === undefined || record.locale === locale || record.locale === 'mul')
    .map((record) => record.content as PackOfKind<K>);
}
