import { currentKeyFormat, type VaultKdfParams, type VaultKeyFormat } from '../db/vaultRecords';

/*
 * The vault's cryptography, on WebCrypto only. Two levels of keys: a random 256-bit data key
 * encrypts records (AES-GCM, fresh 96-bit IV each time); a key derived from the passphrase with
 * PBKDF2-HMAC-SHA256 wraps the data key. A new passphrase also brings a new data key (vault.ts,
 * changePassphrase), so an old passphrase with a later copy of storage opens nothing new.
 */

/** OWASP Password Storage Cheat Sheet minimum for PBKDF2-HMAC-SHA256. */
export const minimumIterations = 600_000;
export const ivBytes = 12;
const saltBytes = 16;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newKdfParams(iterations = minimumIterations): VaultKdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations: Math.max(iterations, minimumIterations), salt: randomBytes(saltBytes) };
}

/** The key that wraps the data key. Never extractable; used for nothing else. */
export async function derivePassphraseKey(passphrase: string, params: VaultKdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: params.hash, iterations: params.iterations, salt: params.salt },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** A new data key. Extractable only so it can be wrapped once; the copy kept in memory is not. */
export async function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/**
 * The key row's format version is bound into the wrap: a row of format 2 promises a sealed index
 * of every record (vault.ts), and turning it back into format 1 to make the vault skip that index
 * breaks the unwrap instead.
 */
function wrapAdditionalData(formatVersion: VaultKeyFormat): Uint8Array<ArrayBuffer> {
  return encoder.encode(`companera/vault/data-key/v${formatVersion}`);
}

type WrappedKey = { formatVersion: VaultKeyFormat; wrapIv: Uint8Array<ArrayBuffer>; wrappedKey: Uint8Array<ArrayBuffer> };

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const wrapIv = randomBytes(ivBytes);
  const formatVersion = currentKeyFormat;
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv: wrapIv,
    additionalData: wrapAdditionalData(formatVersion),
  });
  return { formatVersion, wrapIv, wrappedKey: new Uint8Array(wrapped) };
}

/**
 * Unwrapping fails (OperationError) when the passphrase is wrong: AES-GCM's tag does not match.
 * That is the only check: no hash of the passphrase is ever stored.
 */
export async function unwrapDataKey(wrapped: WrappedKey, wrappingKey: CryptoKey, isExtractable = false): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.wrappedKey,
    wrappingKey,
    { name: 'AES-GCM', iv: wrapped.wrapIv, additionalData: wrapAdditionalData(wrapped.formatVersion) },
    { name: 'AES-GCM', length: 256 },
    isExtractable,
    ['encrypt', 'decrypt'],
  );
}

const bucketKeySalt = encoder.encode('companera/vault/bucket-key/v1');

/**
 * The key that files records into buckets (an HMAC key), derived with HKDF from the data key's
 * bytes, so it needs no storage of its own and comes back with the data key. The data key's bytes
 * are unwrapped a second time straight into HKDF: they never exist as an extractable key.
 */
export async function unwrapBucketKey(wrapped: WrappedKey, wrappingKey: CryptoKey): Promise<CryptoKey> {
  const material = await crypto.subtle.unwrapKey(
    'raw',
    wrapped.wrappedKey,
    wrappingKey,
    { name: 'AES-GCM', iv: wrapped.wrapIv, additionalData: wrapAdditionalData(wrapped.formatVersion) },
    'HKDF',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: bucketKeySalt, info: encoder.encode('companera/vault/bucket/v1') },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/** 128 bits of the HMAC are plenty to keep buckets apart; base64url keeps the index key short. */
const bucketBytes = 16;

/** The opaque bucket of a group (e.g. a month) for one kind of record. Same inputs, same bucket. */
export async function bucketOf(bucketKey: CryptoKey, kind: string, group: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', bucketKey, encoder.encode(JSON.stringify(['companera/vault/bucket', kind, group])));
  return toBase64(new Uint8Array(mac, 0, bucketBytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Binds a record to its place: a ciphertext moved to another id, kind or version fails to decrypt. */
export function recordAdditionalData(kind: string, id: string, schemaVersion: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(['companera/vault/record', kind, id, schemaVersion]));
}

export async function encryptBytes(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, additionalData: Uint8Array<ArrayBuffer>) {
  const iv = randomBytes(ivBytes);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext));
  return { iv, ciphertext };
}

export async function decryptBytes(
  key: CryptoKey,
  sealed: { iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> },
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData }, key, sealed.ciphertext));
}

export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson(bytes: Uint8Array): unknown {
  return JSON.parse(decoder.decode(bytes)) as unknown;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Compares without stopping at the first difference, so timing says nothing about a PIN. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/** PBKDF2 bits for checking a PIN held in memory (never used to wrap anything on disk). */
export async function derivePinBits(pin: string, salt: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt }, material, 256));
}
