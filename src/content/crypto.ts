/*
 * The small set of cryptographic operations content packs need: SHA-256, Ed25519 sign and verify,
 * key fingerprints and base64. WebCrypto (globalThis.crypto.subtle), with a JavaScript Ed25519
 * verifier where WebCrypto lacks it, so the same code runs in every browser and in Node 20 (the
 * packs CLI).
 *
 * Key files: a public key file holds the base64 of the raw 32-byte Ed25519 key on one line; a private
 * key file holds the base64 of its PKCS8 encoding on one line. A signature file (manifest.json.sig)
 * holds the base64 of the 64-byte Ed25519 signature over the exact bytes of manifest.json.
 */

import { hasCanonicalS, publicKeyProblem, type PublicKeyProblem } from './ed25519Key';

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

export type PublicKeyFileResult = { ok: true; key: Uint8Array } | { ok: false; problem: 'not-base64' | PublicKeyProblem };

/**
 * A public key file as it is imported (a source added in the app, a key given to the CLI): base64
 * of 32 bytes that are also a strict key, so a weak or oddly written key is refused with its reason
 * at import instead of failing every later check.
 */
export function readPublicKeyFile(text: string): PublicKeyFileResult {
  const bytes = base64Decode(text);
  if (!bytes) return { ok: false, problem: 'not-base64' };
  const found = publicKeyProblem(bytes);
  return found === undefined ? { ok: true, key: bytes } : { ok: false, problem: found };
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

/*
 * Verification has two paths. WebCrypto's Ed25519 is the fast one (Chrome 137+, Firefox 129+,
 * Safari 17+, Node 20). Where the browser refuses it (older Chrome, Samsung Internet and Android
 * WebViews, Safari before iOS 17), @noble/ed25519 verifies in JavaScript, hashing with WebCrypto's
 * SHA-512. It is a dynamic import, so it is its own chunk: never on the first screen, and fetched
 * only on browsers that need it (the service worker precaches it for offline use). Which path works
 * is found once, by verifying RFC 8032's first test vector, so a browser whose Ed25519 exists but
 * answers wrongly also gets the fallback. Both paths see only keys and signatures that passed the
 * same strict checks (ed25519Key.ts).
 */
export type Ed25519Path = 'webcrypto' | 'javascript';

// RFC 8032, section 7.1, TEST 1 (empty message): the probe that decides the path.
const probeKey = hexBytes('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
const probeSignature = hexBytes(
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
);

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

async function verifyWithWebCrypto(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const webCrypto = requireSubtle();
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

async function verifyWithJavaScript(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  requireSubtle(); // its SHA-512 comes from WebCrypto too
  const noble = await import('@noble/ed25519');
  try {
    // zip215: false is RFC 8032's strict decoding, the same rules as our key checks.
    return await noble.verifyAsync(ownBytes(signature), ownBytes(message), ownBytes(publicKey), { zip215: false });
  } catch {
    return false;
  }
}

const verifiers: Record<Ed25519Path, typeof verifyWithWebCrypto> = { webcrypto: verifyWithWebCrypto, javascript: verifyWithJavaScript };

let detectedPath: Promise<Ed25519Path> | undefined;

async function detectPath(): Promise<Ed25519Path> {
  try {
    if (await verifyWithWebCrypto(probeKey, probeSignature, new Uint8Array())) return 'webcrypto';
  } catch {
    // Refused (NotSupportedError, or no WebCrypto at all): the fallback decides below.
  }
  return 'javascript';
}

/** The path this browser verifies Ed25519 signatures with, found once per page. */
export function ed25519Path(): Promise<Ed25519Path> {
  detectedPath ??= detectPath();
  return detectedPath;
}

/** Forgets the path found, for tests that take WebCrypto's Ed25519 away. */
export function forgetEd25519Path(): void {
  detectedPath = undefined;
}

/** Whether Ed25519 signatures can be checked here, by either path; false only without WebCrypto at all. */
export async function isEd25519Supported(): Promise<boolean> {
  if (!subtle()) return false;
  const path = await ed25519Path();
  try {
    return await verifiers[path](probeKey, probeSignature, new Uint8Array());
  } catch {
    return false;
  }
}

/**
 * True only when `signature` is a valid Ed25519 signature of `message` by `publicKey` (raw 32 bytes).
 * A malformed, weak or non-canonical key, or a malformed signature, gives false; a missing WebCrypto
 * throws, so callers can tell "cannot check here" apart from "forged". `path` is for tests that must
 * go through one path; the app lets the detection choose.
 */
export async function verifyEd25519(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
  path?: Ed25519Path,
): Promise<boolean> {
  requireSubtle();
  if (publicKeyProblem(publicKey) !== undefined || !hasCanonicalS(signature)) return false;
  return verifiers[path ?? (await ed25519Path())](publicKey, signature, message);
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
