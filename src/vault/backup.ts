import * as z from 'zod/mini';
import { decodeJson, decryptBytes, encodeJson, encryptBytes, fromBase64, minimumIterations, newKdfParams, toBase64 } from './crypto';
import { vaultIndexKind } from '../db/vaultRecords';
import { readAllVaultRows, readVaultRowsByKey } from '../db/vaultStore';
import { VaultError } from './errors';
import { isPassphraseLongEnough } from './passphrase';
import { putRecords, type RecordToPut } from './records';
import { openRow } from './sealedIndex';
import { createVault } from './session';
import { settingsKind } from './settings';
import { requireKeys } from './state';

/*
 * Encrypted backup files. The file has its own passphrase (it may travel by cable, cloud or
 * messenger), so it is sealed with a key derived from that passphrase, not with the data key.
 * Format, version 1 (JSON):
 *   { format: "encrypted-backup", version: 1, kdf: { name, hash, iterations, salt },
 *     check: { iv, ciphertext }, payload: { iv, ciphertext } }     (binary fields in base64)
 * `check` seals a fixed text, so a wrong passphrase is told apart from a damaged payload.
 * Nothing readable in the file names the app: someone who finds it on a phone or in a cloud
 * folder sees an encrypted backup of something. Files written before this change say
 * "companera-backup" and are otherwise the same; they still import.
 */

export const backupFormat = 'encrypted-backup';
/** The format name of backups made by earlier versions; read, never written. */
export const earlierBackupFormats = ['companera-backup'] as const;
const readableFormats: readonly string[] = [backupFormat, ...earlierBackupFormats];
export const backupVersion = 1;
/** Bigger than any real journal; stops a wrong file from filling memory. */
export const maximumBackupBytes = 64 * 1024 * 1024;

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const Sealed = z.object({ iv: base64, ciphertext: base64 });
const EnvelopeSchema = z.object({
  format: z.string().check(z.refine((format) => readableFormats.includes(format))),
  version: z.number(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.minimum(minimumIterations), z.maximum(10_000_000)),
    salt: base64,
  }),
  check: Sealed,
  payload: Sealed,
});

const PayloadSchema = z.object({
  exportedAt: z.string(),
  records: z.array(
    z.object({
      kind: z.string().check(z.minLength(1), z.maxLength(64)),
      id: z.string().check(z.minLength(1), z.maxLength(128)),
      schemaVersion: z.number().check(z.int(), z.minimum(1)),
      value: z.unknown(),
    }),
  ),
});

const checkText = 'companera-backup-check';
const checkAdditionalData = new TextEncoder().encode('companera/backup/check/v1');
const payloadAdditionalData = new TextEncoder().encode('companera/backup/payload/v1');

async function backupKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations, salt }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

function sealedToJson(sealed: { iv: Uint8Array; ciphertext: Uint8Array }) {
  return { iv: toBase64(sealed.iv), ciphertext: toBase64(sealed.ciphertext) };
}

/** Every record but the vault's own settings, decrypted, for a backup. */
async function readEverything(): Promise<{ records: (RecordToPut & { schemaVersion: number })[]; damaged: number }> {
  const opened = requireKeys();
  const rows = (await readAllVaultRows()).filter((row) => !isReservedKind(row.kind));
  let damaged = 0;
  const records: (RecordToPut & { schemaVersion: number })[] = [];
  for (const row of rows) {
    try {
      records.push({ kind: row.kind, id: row.id, schemaVersion: row.schemaVersion, value: await openRow(opened, row) });
    } catch {
      damaged++;
    }
  }
  return { records, damaged };
}

/** For imports: which of these records exist here, decrypted (undefined when damaged). */
async function readExisting(wanted: { kind: string; id: string }[]): Promise<Map<string, unknown>> {
  const opened = requireKeys();
  // One read for all of them and the decryptions side by side: a backup of thousands of entries
  // would otherwise wait on thousands of round trips, one after the other.
  const rows = await readVaultRowsByKey(wanted);
  const found = new Map<string, unknown>();
  await Promise.all(
    rows.map(async (row) => {
      if (!row) return;
      // A copy here that fails its check is listed as undefined, so the backup's copy replaces it.
      found.set(JSON.stringify([row.kind, row.id]), await openRow(opened, row).catch(() => undefined));
    }),
  );
  return found;
}

function isReservedKind(kind: string): boolean {
  return kind === settingsKind || kind === vaultIndexKind;
}

/** The whole vault, sealed with the backup passphrase, as the text of a file. */
export async function createBackup(passphrase: string): Promise<{ text: string; recordCount: number; damaged: number }> {
  if (!isPassphraseLongEnough(passphrase)) throw new VaultError('passphrase-too-short');
  const { records, damaged } = await readEverything();
  const kdf = newKdfParams();
  const key = await backupKey(passphrase, kdf.salt, kdf.iterations);
  const check = await encryptBytes(key, encodeJson(checkText), checkAdditionalData);
  const payload = await encryptBytes(key, encodeJson({ exportedAt: new Date().toISOString(), records }), payloadAdditionalData);
  const envelope = {
    format: backupFormat,
    version: backupVersion,
    kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    check: sealedToJson(check),
    payload: sealedToJson(payload),
  };
  return { text: JSON.stringify(envelope), recordCount: records.length, damaged };
}

export type ImportSummary = { added: number; updated: number; unchanged: number };

export type ImportOptions = {
  /** The group each imported record is filed under (see RecordToPut.group); none when omitted. */
  groupOf?: (kind: string, value: unknown) => string | undefined;
};

function updatedAtOf(value: unknown): string {
  if (value && typeof value === 'object' && 'updatedAt' in value && typeof value.updatedAt === 'string') return value.updatedAt;
  return '';
}

type BackupRecord = z.infer<typeof PayloadSchema>['records'][number];

/** Checks and opens a backup file; throws a VaultError saying why it cannot be read. Writes nothing. */
async function openBackup(fileText: string, passphrase: string): Promise<BackupRecord[]> {
  if (fileText.length > maximumBackupBytes) throw new VaultError('backup-damaged', 'The file is too big to be a backup');
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (error) {
    throw new VaultError('backup-damaged', 'The file is not JSON', { cause: error });
  }
  if (
    raw &&
    typeof raw === 'object' &&
    'format' in raw &&
    typeof raw.format === 'string' &&
    readableFormats.includes(raw.format) &&
    'version' in raw &&
    raw.version !== backupVersion
  ) {
    throw new VaultError('backup-unsupported', `Backup version ${String(raw.version)} is not supported`);
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.version !== backupVersion)
    throw new VaultError('backup-damaged', 'The file is not a Compañera backup');
  const { kdf, check, payload } = envelope.data;
  let key: CryptoKey;
  try {
    key = await backupKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
  } catch (error) {
    throw new VaultError('backup-damaged', 'The key parameters are invalid', { cause: error });
  }
  try {
    await decryptBytes(key, { iv: fromBase64(check.iv), ciphertext: fromBase64(check.ciphertext) }, checkAdditionalData);
  } catch (error) {
    throw new VaultError('backup-wrong-passphrase', 'The passphrase does not open this backup', { cause: error });
  }
  try {
    const decrypted = decodeJson(
      await decryptBytes(key, { iv: fromBase64(payload.iv), ciphertext: fromBase64(payload.ciphertext) }, payloadAdditionalData),
    );
    const parsed = PayloadSchema.safeParse(decrypted);
    if (!parsed.success) throw new Error('unexpected contents');
    return parsed.data.records;
  } catch (error) {
    throw new VaultError('backup-damaged', 'The backup contents are damaged', { cause: error });
  }
}

/**
 * Reads a backup and merges it: a record that is not here is added; one that is here is
 * replaced only when the backup's copy is newer (by its `updatedAt`), or when the copy here is
 * damaged. Everything is checked before anything is written, and the write is one transaction.
 */
export async function importBackup(fileText: string, passphrase: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return mergeRecords(await openBackup(fileText, passphrase), options);
}

/**
 * A new phone, no journal yet: the backup's own passphrase becomes the journal's, so nobody has to
 * invent one before getting their journal back. The file is opened and checked first: a wrong
 * passphrase or a damaged file creates nothing.
 */
export async function restoreBackup(fileText: string, passphrase: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const records = await openBackup(fileText, passphrase);
  await createVault(passphrase);
  return mergeRecords(records, options);
}

async function mergeRecords(records: readonly BackupRecord[], options: ImportOptions): Promise<ImportSummary> {
  const incoming = new Map<string, RecordToPut & { schemaVersion: number }>();
  for (const record of records) {
    if (isReservedKind(record.kind)) continue;
    // A file listing the same record twice keeps the newer copy.
    const mapKey = JSON.stringify([record.kind, record.id]);
    const seen = incoming.get(mapKey);
    if (!seen || updatedAtOf(record.value) > updatedAtOf(seen.value)) incoming.set(mapKey, record);
  }
  const existing = await readExisting([...incoming.values()]);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  const toWrite: RecordToPut[] = [];
  for (const [mapKey, record] of incoming) {
    if (!existing.has(mapKey)) {
      summary.added++;
      toWrite.push(record);
      continue;
    }
    const local = existing.get(mapKey);
    if (local === undefined || updatedAtOf(record.value) > updatedAtOf(local)) {
      summary.updated++;
      toWrite.push(record);
    } else {
      summary.unchanged++;
    }
  }
  const { groupOf } = options;
  if (toWrite.length > 0)
    await putRecords(groupOf ? toWrite.map((record) => ({ ...record, group: groupOf(record.kind, record.value) })) : toWrite);
  return summary;
}
