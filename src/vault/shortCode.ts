import { bytesEqual, derivePinBits, fromBase64, randomBytes, toBase64 } from './crypto';

/*
 * A short numeric code (the disguise's 4 to 8 digits) kept as a salted PBKDF2 digest, so a look
 * at the phone's storage does not show it. It is no real protection: a copy of the storage can be
 * brute-forced, as ten thousand to a hundred million codes is a small space. It only keeps the
 * code from being read off the device.
 */
export type ShortCodeSeal = { salt: string; digest: string };

export async function sealShortCode(code: string): Promise<ShortCodeSeal> {
  const salt = randomBytes(16);
  return { salt: toBase64(salt), digest: toBase64(await derivePinBits(code, salt)) };
}

export async function matchesShortCode(code: string, seal: ShortCodeSeal): Promise<boolean> {
  try {
    return bytesEqual(await derivePinBits(code, fromBase64(seal.salt)), fromBase64(seal.digest));
  } catch {
    // A seal that is not valid base64 matches nothing.
    return false;
  }
}
