import * as noble from '@noble/ed25519';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  base64Encode,
  ed25519Path,
  forgetEd25519Path,
  generateKeyPair,
  readPublicKeyFile,
  signEd25519,
  verifyEd25519,
  type Ed25519Path,
} from './crypto';
import { describePublicKeyProblem, publicKeyProblem } from './ed25519Key';

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

/*
 * RFC 8032, section 7.1 (Test Vectors for Ed25519), TEST 1, 2 and 3: public key, message, signature,
 * written here from the RFC, not from our own signer.
 */
const rfc8032 = [
  {
    name: 'TEST 1 (empty message)',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2 (one byte)',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3 (two bytes)',
    publicKey: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
];

/*
 * The encodings of the 8 points of small order, as the literature lists them (libsodium's blocklist;
 * Chalkias, Garillot and Nikolaenko, "Taming the many EdDSAs", 2020): the identity, the point of
 * order 2, the two of order 4 and the four of order 8 (each y with both signs of x).
 */
const smallOrderKeys = {
  identity: '0100000000000000000000000000000000000000000000000000000000000000',
  'order 2 (y = p - 1)': 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'order 4 (y = 0, +x)': '0000000000000000000000000000000000000000000000000000000000000000',
  'order 4 (y = 0, -x)': '0000000000000000000000000000000000000000000000000000000000000080',
  'order 8 (c, +x)': 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'order 8 (c, -x)': 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  'order 8 (-c, +x)': '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'order 8 (-c, -x)': '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
};

/* Other spellings of points: y written as y + p, and x = 0 with its sign bit set. */
const nonCanonicalKeys = {
  'y = p (that is, 0)': 'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'y = p + 1 (that is, the identity)': 'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'identity with the sign bit set': '0100000000000000000000000000000000000000000000000000000000000080',
  'y = p - 1 with the sign bit set': 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
};

const paths: Ed25519Path[] = ['webcrypto', 'javascript'];

afterEach(() => forgetEd25519Path());

describe.each(paths)('Ed25519 verification through %s', (path) => {
  it.each(rfc8032)('accepts RFC 8032 $name', async ({ publicKey, message, signature }) => {
    expect(await verifyEd25519(hex(publicKey), hex(signature), hex(message), path)).toBe(true);
  });

  it.each(rfc8032)('refuses RFC 8032 $name with a changed message, signature or key', async ({ publicKey, message, signature }) => {
    const changedMessage = message === '' ? hex('00') : hex(message).map((byte, index) => (index === 0 ? byte ^ 1 : byte));
    expect(await verifyEd25519(hex(publicKey), hex(signature), changedMessage, path)).toBe(false);
    for (const at of [0, 31, 32, 63]) {
      const changedSignature = hex(signature);
      changedSignature[at] = (changedSignature[at] ?? 0) ^ 0x04;
      expect(await verifyEd25519(hex(publicKey), changedSignature, hex(message), path), `signature byte ${at}`).toBe(false);
    }
    const otherKey = hex(rfc8032.find((vector) => vector.publicKey !== publicKey)?.publicKey ?? '');
    expect(await verifyEd25519(otherKey, hex(signature), hex(message), path)).toBe(false);
  });

  it('refuses a signature whose S is not reduced (S + L verifies the same equation)', async () => {
    const [vector] = rfc8032;
    if (!vector) throw new Error('no vector');
    const bytes = hex(vector.signature);
    // Add L = 2^252 + 27742317777372353535851937790883648493 to S, little-endian.
    let carry = 0n;
    let order = 2n ** 252n + 27742317777372353535851937790883648493n;
    for (let index = 32; index < 64; index++) {
      const sum = BigInt(bytes[index] ?? 0) + (order & 0xffn) + carry;
      bytes[index] = Number(sum & 0xffn);
      carry = sum >> 8n;
      order >>= 8n;
    }
    expect(await verifyEd25519(hex(vector.publicKey), bytes, hex(vector.message), path)).toBe(false);
  });

  it('never lets a small-order key verify: the identity with R = identity and S = 0 signs nothing', async () => {
    const forged = new Uint8Array(64);
    forged.set(hex(smallOrderKeys.identity), 0); // R = identity, S = 0
    for (const message of ['', '00', '7b2276657273696f6e223a317d']) {
      expect(await verifyEd25519(hex(smallOrderKeys.identity), forged, hex(message), path)).toBe(false);
    }
    for (const [name, key] of Object.entries(smallOrderKeys)) {
      expect(await verifyEd25519(hex(key), forged, hex('72'), path), name).toBe(false);
    }
  });

  it('verifies what our own signer signs (keys made by WebCrypto)', async () => {
    const pair = await generateKeyPair();
    const message = new TextEncoder().encode('{"version":7}');
    const signature = await signEd25519(pair.privateKey, message);
    expect(await verifyEd25519(Uint8Array.from(pair.publicKey), Uint8Array.from(signature), Uint8Array.from(message), path)).toBe(true);
    expect(
      await verifyEd25519(Uint8Array.from(pair.publicKey), Uint8Array.from(signature), Uint8Array.from(message.subarray(1)), path),
    ).toBe(false);
  });
});

describe('the identity key on its own', () => {
  it('would "verify" any message with R = identity, S = 0 without the key check (why the check exists)', async () => {
    const forged = new Uint8Array(64);
    forged.set(hex(smallOrderKeys.identity), 0);
    // The library in its permissive (ZIP-215) mode does accept it: the attack is real.
    expect(await noble.verifyAsync(forged, hex('7b7d'), hex(smallOrderKeys.identity), { zip215: true })).toBe(true);
  });
});

describe('choosing the path', () => {
  it('uses WebCrypto where it has Ed25519', async () => {
    expect(await ed25519Path()).toBe('webcrypto');
  });

  it('falls back to JavaScript, once, where WebCrypto refuses Ed25519, and still refuses tampering', async () => {
    const subtle = globalThis.crypto.subtle;
    const importKey = subtle.importKey.bind(subtle);
    const refusals = vi.spyOn(subtle, 'importKey').mockImplementation((async (...args: Parameters<SubtleCrypto['importKey']>) => {
      const algorithm = args[2];
      const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
      if (name === 'Ed25519') throw new DOMException('Unrecognized name.', 'NotSupportedError');
      return importKey(...args);
    }) as SubtleCrypto['importKey']);
    const [vector] = rfc8032;
    if (!vector) throw new Error('no vector');
    expect(await verifyEd25519(hex(vector.publicKey), hex(vector.signature), hex(vector.message))).toBe(true);
    expect(await ed25519Path()).toBe('javascript');
    const callsAfterDetection = refusals.mock.calls.length;
    expect(await verifyEd25519(hex(vector.publicKey), hex(vector.signature), hex('00'))).toBe(false);
    expect(refusals.mock.calls.length).toBe(callsAfterDetection); // detected once, not on every check
  });
});

describe('public keys at import', () => {
  it.each(Object.entries(smallOrderKeys))('refuses the small-order point %s', (name, key) => {
    // Cross-checked with an independent implementation: the library agrees the point has small order.
    expect(noble.Point.fromBytes(hex(key), true).isSmallOrder(), name).toBe(true);
    const found = publicKeyProblem(hex(key));
    expect(found === 'small-order' || found === 'non-canonical', `${name}: ${found}`).toBe(true);
    const read = readPublicKeyFile(base64Encode(hex(key)));
    expect(read.ok).toBe(false);
  });

  it('names the weakness of the canonical small-order keys', () => {
    expect(publicKeyProblem(hex(smallOrderKeys.identity))).toBe('small-order');
    expect(publicKeyProblem(hex(smallOrderKeys['order 8 (-c, +x)']))).toBe('small-order');
    expect(describePublicKeyProblem('small-order')).toMatch(/weak \(small-order\)/);
  });

  it.each(Object.entries(nonCanonicalKeys))('refuses the non-canonical encoding %s', (_name, key) => {
    expect(publicKeyProblem(hex(key))).toBe('non-canonical');
    expect(readPublicKeyFile(base64Encode(hex(key)))).toEqual({ ok: false, problem: 'non-canonical' });
  });

  it('refuses bytes that are not a point of the curve, and keys of the wrong length', () => {
    // y = 2 has no x on the curve: (4 - 1) / (4d + 1) is not a square mod p.
    const notOnCurve = hex('0200000000000000000000000000000000000000000000000000000000000000');
    expect(() => noble.Point.fromBytes(notOnCurve)).toThrow();
    expect(publicKeyProblem(notOnCurve)).toBe('not-on-curve');
    expect(readPublicKeyFile(base64Encode(new Uint8Array(31).fill(9)))).toEqual({ ok: false, problem: 'wrong-length' });
    expect(readPublicKeyFile('not a key')).toEqual({ ok: false, problem: 'not-base64' });
  });

  it('accepts the RFC keys and freshly made keys', async () => {
    for (const { publicKey } of rfc8032) expect(publicKeyProblem(hex(publicKey))).toBeUndefined();
    for (let round = 0; round < 20; round++) {
      const { publicKey } = await generateKeyPair();
      expect(readPublicKeyFile(base64Encode(publicKey))).toEqual({ ok: true, key: publicKey });
    }
  });
});
