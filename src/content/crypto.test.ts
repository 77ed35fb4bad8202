import { describe, expect, it } from 'vitest';
import {
  base64Decode,
  base64Encode,
  formatKeyFile,
  generateKeyPair,
  isEd25519Supported,
  keyFingerprint,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  parseSignatureFile,
  publicKeyFromPrivateKey,
  sha256Hex,
  signEd25519,
  verifyEd25519,
} from './crypto';

// Copied into this realm's Uint8Array: jsdom's TextEncoder returns another realm's, which toEqual tells apart.
const bytes = (text: string) => Uint8Array.from(new TextEncoder().encode(text));

describe('sha256Hex', () => {
  it('matches the published test vectors', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('base64', () => {
  it('round-trips every byte value and long inputs', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(base64Decode(base64Encode(all))).toEqual(all);
    const long = new Uint8Array(100_000).map((_, index) => index % 251);
    expect(base64Decode(base64Encode(long))).toEqual(long);
    expect(base64Encode(bytes('hi'))).toBe('aGk=');
  });

  it('tolerates surrounding white space but nothing else', () => {
    expect(base64Decode(' aGk=\n')).toEqual(bytes('hi'));
    for (const bad of ['aGk', 'a Gk=', 'aGk=aGk=', '****', 'aGk=\u0000', 'aG-_']) expect(base64Decode(bad), bad).toBeUndefined();
  });
});

describe('Ed25519', () => {
  it('is available here (Node 20 and the test environment)', async () => {
    expect(await isEd25519Supported()).toBe(true);
  });

  it('signs and verifies the exact bytes, and nothing else', async () => {
    const pair = await generateKeyPair();
    expect(pair.publicKey.length).toBe(32);
    const message = bytes('{"version":1}');
    const signature = await signEd25519(pair.privateKey, message);
    expect(signature.length).toBe(64);
    expect(await verifyEd25519(pair.publicKey, signature, message)).toBe(true);
    expect(await verifyEd25519(pair.publicKey, signature, bytes('{"version":2}'))).toBe(false);
    expect(await verifyEd25519(pair.publicKey, signature, bytes('{"version":1} '))).toBe(false);
    const flipped = signature.slice();
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    expect(await verifyEd25519(pair.publicKey, flipped, message)).toBe(false);
  });

  it('refuses another key, and malformed keys or signatures without throwing', async () => {
    const pair = await generateKeyPair();
    const other = await generateKeyPair();
    const message = bytes('hello');
    const signature = await signEd25519(pair.privateKey, message);
    expect(await verifyEd25519(other.publicKey, signature, message)).toBe(false);
    expect(await verifyEd25519(pair.publicKey.slice(0, 31), signature, message)).toBe(false);
    expect(await verifyEd25519(new Uint8Array(32), signature, message)).toBe(false);
    expect(await verifyEd25519(pair.publicKey, signature.slice(0, 63), message)).toBe(false);
  });

  it('derives the public key from a private key file', async () => {
    const pair = await generateKeyPair();
    expect(await publicKeyFromPrivateKey(pair.privateKey)).toEqual(pair.publicKey);
  });
});

describe('key and signature files', () => {
  it('round-trip through their one-line base64 form', async () => {
    const pair = await generateKeyPair();
    const publicText = formatKeyFile(pair.publicKey);
    expect(publicText).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(parsePublicKeyFile(publicText)).toEqual(pair.publicKey);
    expect(parsePrivateKeyFile(formatKeyFile(pair.privateKey))).toEqual(pair.privateKey);
    const signature = await signEd25519(pair.privateKey, bytes('x'));
    expect(parseSignatureFile(`${base64Encode(signature)}\n`)).toEqual(signature);
  });

  it('refuse the wrong sizes', () => {
    expect(parsePublicKeyFile(base64Encode(new Uint8Array(31)))).toBeUndefined();
    expect(parsePublicKeyFile(base64Encode(new Uint8Array(48)))).toBeUndefined();
    expect(parseSignatureFile(base64Encode(new Uint8Array(63)))).toBeUndefined();
    expect(parsePrivateKeyFile('not base64!')).toBeUndefined();
  });
});

describe('keyFingerprint', () => {
  it('is 8 groups of 4 upper-case hex digits from SHA-256 of the key, stable and distinct', async () => {
    const key = new Uint8Array(32).fill(1);
    const fingerprint = await keyFingerprint(key);
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(fingerprint.replace(/ /g, '').toLowerCase()).toBe((await sha256Hex(key)).slice(0, 32));
    expect(await keyFingerprint(key)).toBe(fingerprint);
    expect(await keyFingerprint(new Uint8Array(32).fill(2))).not.toBe(fingerprint);
  });
});
