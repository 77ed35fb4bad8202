import { describe, expect, it } from 'vitest';
import { matchesShortCode, sealShortCode } from './shortCode';

describe('short code seal', () => {
  it('matches the sealed code only, and never holds the code itself', async () => {
    const seal = await sealShortCode('0427');
    expect(JSON.stringify(seal)).not.toContain('0427');
    expect(await matchesShortCode('0427', seal)).toBe(true);
    expect(await matchesShortCode('0428', seal)).toBe(false);
    expect(await matchesShortCode('04270', seal)).toBe(false);
  });

  it('salts each seal, so the same code gives different digests', async () => {
    const [first, second] = await Promise.all([sealShortCode('2468'), sealShortCode('2468')]);
    expect(first.digest).not.toBe(second.digest);
    expect(await matchesShortCode('2468', second)).toBe(true);
  });

  it('matches nothing against a damaged seal', async () => {
    expect(await matchesShortCode('2468', { salt: '%%%', digest: 'AAAA' })).toBe(false);
  });
});
