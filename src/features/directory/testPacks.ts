import ca from '../../../content/directory/ca.json';
import gt from '../../../content/directory/gt.json';
import pe from '../../../content/directory/pe.json';
import { db, installedPackRecord } from '../../db';
import { DirectoryPackSchema, type DirectoryPack, type Pack } from '../../content/schema';

/** The built-in packs some component tests install into the (fake) database, as the sync would. */
export const testPacks: DirectoryPack[] = [pe, ca, gt].map((pack) => DirectoryPackSchema.parse(pack));

export async function installTestPacks(packs: readonly DirectoryPack[] = testPacks): Promise<void> {
  await db.packs.clear();
  await addTestPacks(packs);
}

/** Adds packs of any kind beside those installed (a card or a screen that reads articles or scripts too). */
export async function addTestPacks(packs: readonly Pack[]): Promise<void> {
  // No manifest here: screens read neither hash nor length.
  const listed = (pack: Pack) => ({ title: pack.title, version: 1, sha256: '0'.repeat(64), length: 1 });
  await db.packs.bulkPut(packs.map((pack) => installedPackRecord(pack, listed(pack), 'builtin', '2026-11-21T00:00:00.000Z')));
}
