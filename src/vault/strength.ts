/*
 * A rough strength hint for a passphrase, to nudge people towards several words. It is a hint,
 * not a gate: the only rule is the minimum length.
 */
export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string, minimumLength = 8): PassphraseStrength {
  const characters = Array.from(passphrase);
  if (characters.length < minimumLength) return 'too-short';
  const distinct = new Set(characters.map((character) => character.toLowerCase())).size;
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2).length;
  const classes = [/[a-zà-ÿ]/, /[A-ZÀ-Þ]/, /\d/, /[^\p{L}\d\s]/u, /\s/].filter((pattern) => pattern.test(passphrase)).length;
  if (distinct < 5) return 'weak';
  if (characters.length >= 20 || (words >= 4 && characters.length >= 16)) return 'strong';
  if (characters.length >= 14 || (characters.length >= 10 && classes >= 3)) return 'fair';
  return 'weak';
}
