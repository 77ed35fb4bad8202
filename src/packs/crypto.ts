/*
 * The small set of cryptographic operations content packs need: SHA-256, Ed25519 sign and verify,
 * key fingerprints and base64. Plain WebCrypto (globalThis.crypto.subtle), so the same code runs in
 * the browser and in Node 20 (the packs CLI).
 *
 * Key files: a public key file holds the base64 of the raw 32-byte Ed25519 key on one line; a private
 * key file holds the base64 of its PKCS8 encoding on one line. A signature file (manifest.json.sig)
 * holds the base64 of the 64-byte Ed25519 signature over the exact bytes of manifest.json.
 */

export const publicKeyLength = 32;
export const signatureLength = 64;

const ed25519 = { name: 'Ed25519' } as const;

/** WebCrypto, or undefined where it is missing (an insecure http: page, a very old browser). */
function subtle(): SubtleCrypto | undefined {
  const cryptoObject = (globalThis as { crypto?: Crypto }).crypto;
  return cryptoObject?.subtle;
}

function requireSubtle(): SubtleCrypto {
  const found = subtle();
  if (!found) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return found;
}

/**
 * A copy backed by a plain ArrayBuffer: WebCrypto's types want one, and a copy also guards against
 * the caller changing the bytes while they are being checked.
 */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await requireSubtle().digest('SHA-256', ownBytes(bytes)));
}

/** SHA-256 as 64 lowercase hex characters, the form manifests use. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(await sha256(bytes));
}

export function base64Encode(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 (surrounding white space allowed); undefined for anything else. Never throws. */
export function base64Decode(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  if (!base64Pattern.test(trimmed)) return undefined;
  try {
    const binary = atob(trimmed);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

/** The text of a key file: base64 on one line. */
export function formatKeyFile(bytes: Uint8Array): string {
  return `${base64Encode(bytes)}\n`;
}

/** A raw Ed25519 public key from the text of a public key file, or undefined if it is not one. */
export function parsePublicKeyFile(text: string): Uint8Array | undefined {
  const bytes = base64Decode(text);
  return bytes?.length === publicKeyLength ? bytes : undefined;
}

/** PKCS8 bytes from the text of a private key file, or undefined if it is not base64. */
export function parsePrivateKeyFile(text: string): Uint8Array | undefined {
  const bytes = base64Decode(text);
  return bytes && bytes.length > publicKeyLength ? bytes : undefined;
}

/** A signature from the text of a .sig file, or undefined if it is not base64 of 64 bytes. */
export function parseSignatureFile(text: string): Uint8Array | undefined {
  const bytes = base64Decode(text);
  return bytes?.length === signatureLength ? bytes : undefined;
}

/** Whether Ed25519 verification works here; false on browsers too old for it or without WebCrypto. */
export async function isEd25519Supported(): Promise<boolean> {
  const found = subtle();
  if (!found) return false;
  try {
    await found.importKey('raw', new Uint8Array(publicKeyLength).fill(1), ed25519, false, ['verify']);
    return true;
  } catch {
    return false;
  }
}

/**
 * True only when `signature` is a valid Ed25519 signature of `message` by `publicKey` (raw 32 bytes).
 * A malformed key or signature gives false; a missing WebCrypto or Ed25519 throws, so callers can tell
 * "cannot check here" apart from "forged".
 */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const webCrypto = requireSubtle();
  if (publicKey.length !== publicKeyLength || signature.length !== signatureLength) return false;
  let key: CryptoKey;
  try {
    key = await webCrypto.importKey('raw', ownBytes(publicKey), ed25519, false, ['verify']);
  } catch (error) {
    // An unsupported algorithm is the environment's fault; a bad key is just a failed check.
    if (error instanceof Error && error.name === 'NotSupportedError') throw error;
    return false;
  }
  try {
    return await webCrypto.verify(ed25519, key, ownBytes(signature), ownBytes(message));
  } catch {
    return false;
  }
}

async function importPrivateKey(privateKeyPkcs8: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  return requireSubtle().importKey('pkcs8', ownBytes(privateKeyPkcs8), ed25519, extractable, ['sign']);
}

/** Signs `message` with a PKCS8 Ed25519 private key; the 64-byte signature. For the CLI. */
export async function signEd25519(privateKeyPkcs8: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const key = await importPrivateKey(privateKeyPkcs8, false);
  return new Uint8Array(await requireSubtle().sign(ed25519, key, ownBytes(message)));
}

/** A fresh Ed25519 key pair: raw 32-byte public key and PKCS8 private key. */
export async function generateKeyPair(): Promise<{ publicKey: Uint8Array; privateKey: Uint8Array }> {
  const webCrypto = requireSubtle();
  const pair = await webCrypto.generateKey(ed25519, true, ['sign', 'verify']);
  return {
    publicKey: new Uint8Array(await webCrypto.exportKey('raw', pair.publicKey)),
    privateKey: new Uint8Array(await webCrypto.exportKey('pkcs8', pair.privateKey)),
  };
}

function base64UrlDecode(text: string): Uint8Array | undefined {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  return base64Decode(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
}

/** The raw public key that belongs to a PKCS8 private key (so a build can check its own signature). */
export async function publicKeyFromPrivateKey(privateKeyPkcs8: Uint8Array): Promise<Uint8Array> {
  const key = await importPrivateKey(privateKeyPkcs8, true);
  const jwk = await requireSubtle().exportKey('jwk', key);
  const publicKey = jwk.x === undefined ? undefined : base64UrlDecode(jwk.x);
  if (publicKey?.length !== publicKeyLength) throw new Error('the private key does not carry its public key');
  return publicKey;
}

/**
 * What a person compares to recognise a source's key: the first 16 bytes of SHA-256 of the raw public
 * key, as 8 groups of 4 upper-case hex digits ("3F2A 9C01 ..."). Easy to read aloud over a phone call.
 */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  const hex = bytesToHex((await sha256(publicKey)).subarray(0, 16)).toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
