import { describe, expect, it } from 'vitest';
import { sealShortCode } from '../../vault/shortCode';
import { isDisguiseCode } from './disguiseCode';
import { defaultSafetySettings } from './safetySettings';

describe('isDisguiseCode', () => {
  it('accepts the code typed as a plain number, and nothing else', async () => {
    const settings = { ...defaultSafetySettings, isDisguised: true, disguiseCodeSeal: await sealShortCode('0427') };
    expect(await isDisguiseCode('0427', false, settings)).toBe(true);
    expect(await isDisguiseCode('0428', false, settings)).toBe(false);
    expect(await isDisguiseCode('427', false, settings)).toBe(false);
    expect(await isDisguiseCode('0427', true, settings)).toBe(false);
  });

  it('accepts nothing while the disguise is off, even with a code kept', async () => {
    const settings = { ...defaultSafetySettings, isDisguised: false, disguiseCodeSeal: await sealShortCode('0427') };
    expect(await isDisguiseCode('0427', false, settings)).toBe(false);
  });
});
