/*
 * Strict checks on Ed25519 public keys and signatures, applied before either verifier (WebCrypto or
 * the JavaScript fallback) sees them, so both paths accept exactly the same keys.
 *
 * Why: RFC 8032 verification alone lets a key of small order (one of the 8 points of the curve's
 * torsion subgroup, the identity among them) "verify" forged signatures; with the identity as key,
 * R = identity and S = 0 pass for every message. Implementations also differ on non-canonical
 * encodings (y written as y + p, or x = 0 with its sign bit set), which would let one key have two
 * spellings. A source's key is pinned by its bytes, so we accept only the one canonical spelling of a
 * point on the curve that is not of small order. Plain BigInt arithmetic: no dependency, so the check
 * costs nothing on the first screen and runs the same in Node (the packs CLI).
 */

export type PublicKeyProblem = 'wrong-length' | 'non-canonical' | 'not-on-curve' | 'small-order';

const keyLength = 32;
/** The field prime p = 2^255 - 19 (RFC 8032, section 5.1). */
const p = 2n ** 255n - 19n;
/** The order L of the prime-order subgroup (RFC 8032, section 5.1): a signature's S must be below it. */
const groupOrder = 2n ** 252n + 27742317777372353535851937790883648493n;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let square = ((base % modulus) + modulus) % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

const mod = (value: bigint) => ((value % p) + p) % p;
/** The curve constant d = -121665 / 121666 (RFC 8032, section 5.1). */
const d = mod(-121665n * modPow(121666n, p - 2n, p));

function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let index = bytes.length - 1; index >= 0; index--) value = (value << 8n) | BigInt(bytes[index] ?? 0);
  return value;
}

/*
 * The y coordinates of the 8 points of small order (orders 1, 2, 4 and 8): 1 (the identity),
 * p - 1, 0, and the pair ±c of the order-8 points, c being the value whose little-endian encoding is
 * c7176a70...92ac037a (the blocklist libsodium and the "Taming the many EdDSAs" paper, Chalkias et al.
 * 2020, give). Each y stands for two points (±x), so the sign bit is not compared.
 */
const orderEightY = littleEndian(
  Uint8Array.from('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'.match(/../g) ?? [], (hex) => parseInt(hex, 16)),
);
const smallOrderY = new Set([1n, p - 1n, 0n, orderEightY, p - orderEightY]);

/** What is wrong with a raw Ed25519 public key, or undefined when it is a strict, usable key. */
export function publicKeyProblem(key: Uint8Array): PublicKeyProblem | undefined {
  if (key.length !== keyLength) return 'wrong-length';
  const signBit = ((key[31] ?? 0) & 0x80) !== 0;
  const y = littleEndian(key) & ((1n << 255n) - 1n);
  if (y >= p) return 'non-canonical';
  // x² = (y² - 1) / (d·y² + 1) must have a square root (RFC 8032, section 5.1.3, decoding).
  const ySquared = mod(y * y);
  const xSquared = mod((ySquared - 1n) * modPow(d * ySquared + 1n, p - 2n, p));
  if (xSquared === 0n && signBit) return 'non-canonical';
  if (xSquared !== 0n && modPow(xSquared, (p - 1n) / 2n, p) !== 1n) return 'not-on-curve';
  if (smallOrderY.has(y)) return 'small-order';
  return undefined;
}

/** A signature's S (its last 32 bytes, little-endian) must be below the group order (RFC 8032, 5.1.7). */
export function hasCanonicalS(signature: Uint8Array): boolean {
  return signature.length === 64 && littleEndian(signature.subarray(32)) < groupOrder;
}

/** One line for people and for the CLI: why a key file was refused. */
export function describePublicKeyProblem(found: PublicKeyProblem): string {
  switch (found) {
    case 'wrong-length':
      return 'an Ed25519 public key is exactly 32 bytes';
    case 'non-canonical':
      return 'the key is not written in its one standard (canonical) form';
    case 'not-on-curve':
      return 'the key is not a point of the Ed25519 curve';
    case 'small-order':
      return 'the key is a weak (small-order) point that would accept forged signatures';
  }
}
