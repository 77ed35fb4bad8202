import ca from '../../../content/directory/ca.json';
import gt from '../../../content/directory/gt.json';
import pe from '../../../content/directory/pe.json';
import { db } from '../../db';
import { DirectoryPackSchema, type DirectoryPack, type Pack } from '../../content/schema';

/** The built-in packs some component tests install into the (fake) database, as the sync would. */
export const testPacks: DirectoryPack[] = [pe, ca, gt].map((pack) => DirectoryPackSchema.parse(pack));

export async function installTestPacks(packs: readonly DirectoryPack[] = testPacks): Promise<void> {
  await db.packs.clear();
  await addTestPacks(packs);
}

/** Adds packs of any kind beside those installed (a card or a screen that reads articles or scripts too). */
export async function addTestPacks(packs: readonly Pack[]): Promise<void> {
  await db.packs.bulkPut(
    packs.map((pack) => ({
      sourceId: 'builtin',
      id: pack.id,
      kind: pack.kind,
      locale: pack.locale,
      country: 'country' in pack ? pack.country : undefined,
      title: pack.title,
      version: 1,
      sha256: '0'.repeat(64),
      length: 1,
      installedAt: '2026-11-21T00:00:00.000Z',
      content: pack,
    })),
  );
}
