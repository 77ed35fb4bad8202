import { db, type InstalledManifestRecord, type SourceRecord } from '../db';
import { problem, quote, type PackProblem } from '../content/problems';

/*
 * A manifest names its source (sourceId). The signature proves only who signed it: an organisation
 * that signs two sources with one key (a national and a city release, say) could have one release
 * served at the other's address. So the app pins the name a source's manifests carry:
 * - the built-in source's manifests must say "builtin" (the build signs them so, vitePlugin.ts), which
 *   is also the built-in source's id;
 * - an added source is known by the address and key a person typed, not by a name, so the name its
 *   first installed manifest carries is kept with the installed manifest, and every later manifest
 *   must carry the same one;
 * - and no source may install a manifest whose name another source that trusts one of the same keys
 *   already holds, which covers a source's first install too.
 */

/** The sourceId a manifest fetched for this source must carry, when it is known. */
export function expectedManifestSourceId(source: SourceRecord, installed: InstalledManifestRecord | undefined): string | undefined {
  return source.isBuiltIn ? source.id : installed?.manifestSourceId;
}

/** A problem when another source sharing a key with this one already installed a manifest of that name. */
export async function sourceIdTakenProblem(source: SourceRecord, manifestSourceId: string): Promise<PackProblem | undefined> {
  const [sources, manifests] = await Promise.all([db.sources.toArray(), db.manifests.toArray()]);
  const keys = new Set(source.publicKeys);
  for (const other of sources) {
    if (other.id === source.id || !other.publicKeys.some((key) => keys.has(key))) continue;
    const installed = manifests.find((manifest) => manifest.sourceId === other.id);
    if (expectedManifestSourceId(other, installed) === manifestSourceId) {
      return problem(
        'manifest-wrong-source',
        `sourceId: ${quote(manifestSourceId)} is the release of another source signed with the same key`,
      );
    }
  }
  return undefined;
}
