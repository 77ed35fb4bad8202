import { vaultIndexId, vaultIndexKind, type VaultKeyFormat, type VaultRecordRow } from '../db/vaultRecords';
import { readAllVaultRows, readVaultRow, VaultIndexChangedError, writeVaultRows } from '../db/vaultStore';
import { bytesEqual, toBase64 } from './crypto';
import { VaultError } from './errors';
import { decryptRow, sealRow } from './rows';
import { emptyIndex, type OpenKeys, type SealedIndex } from './state';

/*
 * The sealed index: one encrypted record listing the IV of every record's latest copy. A record
 * is opened only when it is the copy the index lists, so an older copy put back in storage is
 * refused like a damaged one; records and the index are written together, in one transaction.
 */

/** The IV the sealed index holds for a record, in base64 (undefined: not listed). */
function indexedIv(index: SealedIndex, kind: string, id: string): string | undefined {
  return index.entries.get(kind)?.get(id);
}

/** A copy of `entries` with these rows' IVs set and these records removed. */
export function indexWith(
  entries: SealedIndex['entries'],
  rows: readonly VaultRecordRow[],
  deletes: readonly { kind: string; id: string }[],
): SealedIndex['entries'] {
  const next = new Map([...entries].map(([kind, ids]) => [kind, new Map(ids)]));
  for (const row of rows) {
    let ids = next.get(row.kind);
    if (!ids) next.set(row.kind, (ids = new Map<string, string>()));
    ids.set(row.id, toBase64(row.iv));
  }
  for (const { kind, id } of deletes) next.get(kind)?.delete(id);
  return next;
}

const indexSchemaVersion = 1;

export async function sealIndex(opened: OpenKeys, entries: SealedIndex['entries']): Promise<VaultRecordRow> {
  const plain: Record<string, Record<string, string>> = {};
  for (const [kind, ids] of entries) plain[kind] = Object.fromEntries(ids);
  return sealRow(opened, { kind: vaultIndexKind, id: vaultIndexId, schemaVersion: indexSchemaVersion, value: plain });
}

/** The entries of a stored index row; an index that fails its check or its shape lists nothing. */
async function openIndexRow(key: CryptoKey, row: VaultRecordRow): Promise<SealedIndex['entries']> {
  const entries: SealedIndex['entries'] = new Map();
  let value: unknown;
  try {
    value = await decryptRow(key, row);
  } catch {
    return entries;
  }
  if (!value || typeof value !== 'object') return entries;
  const kinds = value as Record<string, unknown>;
  // Read at every unlock, with an id per record (ten thousand for a long journal): Object.keys
  // costs a fraction of Object.entries, which builds a pair for every id.
  for (const kind of Object.keys(kinds)) {
    const ids = kinds[kind];
    if (!ids || typeof ids !== 'object') continue;
    const ivs = ids as Record<string, unknown>;
    const forKind = new Map<string, string>();
    for (const id of Object.keys(ivs)) {
      const iv = ivs[id];
      if (typeof iv === 'string') forKind.set(id, iv);
    }
    entries.set(kind, forKind);
  }
  return entries;
}

/**
 * Reads the sealed index at unlock. A vault whose key row is format 2 always has one (or has
 * written nothing yet): a missing or damaged index lists nothing, so every record is refused
 * rather than any older copy accepted. A format-1 vault made before the index gets one now, from
 * the records as they are (the first unlock trusts what it finds).
 */
export async function loadIndex(opened: OpenKeys, format: VaultKeyFormat): Promise<void> {
  const row = await readVaultRow(vaultIndexKind, vaultIndexId);
  if (row) {
    opened.index = { entries: await openIndexRow(opened.data, row), rowIv: row.iv };
    return;
  }
  opened.index = emptyIndex();
  if (format !== 1) return;
  const rows = (await readAllVaultRows()).filter((stored) => stored.kind !== vaultIndexKind);
  opened.index = { entries: indexWith(new Map(), rows, []), rowIv: undefined };
  // Written now so the next unlock reads it; if this fails (a full disk) it is built again then.
  await writeIndexed(opened, [], []).catch(() => undefined);
}

/**
 * Reads the stored index again if another tab wrote it since (its IV changed). Reads that find an
 * IV the index in memory does not hold share one refresh.
 */
function refreshIndex(opened: OpenKeys): Promise<void> {
  opened.indexRefresh ??= (async () => {
    try {
      const row = await readVaultRow(vaultIndexKind, vaultIndexId);
      const held = opened.index.rowIv;
      if (!row) {
        // Removed from storage while open: what memory holds is still right, and the next write stores it again.
        opened.index = { entries: opened.index.entries, rowIv: undefined };
      } else if (!held || !bytesEqual(row.iv, held)) {
        opened.index = { entries: await openIndexRow(opened.data, row), rowIv: row.iv };
      }
    } finally {
      opened.indexRefresh = undefined;
    }
  })();
  return opened.indexRefresh;
}

/** Decrypts a record only if it is the copy the sealed index lists: an older copy put back is refused like a damaged one. */
export async function openRow(opened: OpenKeys, row: VaultRecordRow): Promise<unknown> {
  const iv = toBase64(row.iv);
  if (indexedIv(opened.index, row.kind, row.id) !== iv) {
    await refreshIndex(opened).catch(() => undefined);
    if (indexedIv(opened.index, row.kind, row.id) !== iv)
      throw new VaultError('integrity', `Record ${row.id} is not its latest saved copy`);
  }
  return decryptRow(opened.data, row);
}

/** How often a write starts again when another tab wrote the index meanwhile. */
const indexWriteAttempts = 3;

/** Writes rows and deletes records together with the sealed index that lists them (one transaction). */
export async function writeIndexed(
  opened: OpenKeys,
  rows: readonly VaultRecordRow[],
  deletes: readonly { kind: string; id: string }[],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const entries = indexWith(opened.index.entries, rows, deletes);
    const indexRow = await sealIndex(opened, entries);
    try {
      await writeVaultRows({ rows, deletes, index: { row: indexRow, basedOnIv: opened.index.rowIv } }, opened.wrappedKey);
      opened.index = { entries, rowIv: indexRow.iv };
      return;
    } catch (error) {
      if (!(error instanceof VaultIndexChangedError) || attempt >= indexWriteAttempts) throw error;
      await refreshIndex(opened);
    }
  }
}
