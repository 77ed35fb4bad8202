import { describe, expect, it } from 'vitest';
import { base64Encode, generateKeyPair } from '../content/crypto';
import { draftSource } from './sources';

const origin = 'https://app.example.org';
const url = 'https://packs.example.org/my-org/';

describe('adding a source: the key', () => {
  it('is refused as weak when it is the identity point, another small-order point or a non-canonical spelling', async () => {
    for (const weak of [
      'AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', // the identity, 01 00 ... 00
      base64Encode(new Uint8Array(32)), // y = 0, a point of order 4
      base64Encode(Uint8Array.from([0xec, ...new Array<number>(30).fill(0xff), 0x7f])), // y = p - 1, order 2
      base64Encode(Uint8Array.from([0xee, ...new Array<number>(30).fill(0xff), 0x7f])), // y = p + 1, the identity written another way
    ]) {
      expect(await draftSource(url, weak, origin), weak).toEqual({ ok: false, problem: 'key-weak' });
    }
  });

  it('is refused as invalid when it is not base64 of 32 bytes, and accepted when it is a real key', async () => {
    expect(await draftSource(url, 'not a key', origin)).toEqual({ ok: false, problem: 'key-invalid' });
    const { publicKey } = await generateKeyPair();
    const draft = await draftSource(url, base64Encode(publicKey), origin);
    expect(draft.ok && draft.source.publicKeys).toEqual([base64Encode(publicKey)]);
  });
});
