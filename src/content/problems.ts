/*
 * Why a manifest or pack was refused. The code is stable (the app translates it into es/en/fr and
 * tests assert it); the message is plain English for authors and the CLI, one line, naming the place
 * inside the file and the problem, e.g. `steps[3].next: points to missing step "ghost"`.
 */

export const packProblemCodes = [
  // Environment and transport
  'crypto-unavailable',
  'download-failed',
  'unexpected-error',
  // Manifest
  'manifest-missing',
  'manifest-too-large',
  'signature-missing',
  'signature-invalid',
  'manifest-not-utf8',
  'manifest-not-json',
  'manifest-too-deep',
  'manifest-prototype-key',
  'manifest-duplicate-key',
  'manifest-schema',
  'manifest-wrong-source',
  'manifest-rollback',
  'manifest-replay',
  'manifest-expired',
  // Packs as listed by the manifest
  'pack-rollback',
  'pack-replay',
  'pack-missing',
  'pack-not-in-manifest',
  // Pack bytes
  'pack-length-mismatch',
  'pack-hash-mismatch',
  'pack-not-utf8',
  'pack-not-json',
  'pack-too-deep',
  'pack-prototype-key',
  'pack-duplicate-key',
  'pack-unknown-kind',
  'pack-schema',
  'pack-mismatch',
  'pack-duplicate-id',
  'script-graph',
  'pack-reference',
] as const;

export type PackProblemCode = (typeof packProblemCodes)[number];

export type PackProblem = {
  code: PackProblemCode;
  /** The pack concerned; absent for problems with the manifest as a whole. */
  packId?: string;
  message: string;
};

const maxMessageLength = 400;

// Line breaks, C0/C1 controls, bidirectional controls and zero-width characters: anything that
// could break the one-line format or make a message read differently from what it says.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** A message made safe to print on one line: invisible characters escaped, length capped. */
export function oneLine(message: string): string {
  const escaped = message.replace(
    unsafeCharacters,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return escaped.length > maxMessageLength ? `${escaped.slice(0, maxMessageLength - 3)}...` : escaped;
}

export function problem(code: PackProblemCode, message: string, packId?: string): PackProblem {
  return packId === undefined ? { code, message: oneLine(message) } : { code, packId, message: oneLine(message) };
}

/** A short, quoted, printable form of a value taken from untrusted input. */
export function quote(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined and functions, whatever its type says.
    const json = typeof value === 'string' ? value : (JSON.stringify(value) as string | undefined);
    text = json ?? String(value);
  } catch {
    text = String(value);
  }
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${short}"`;
}

/** `<pack id or "manifest">: <message> [code]`, the line the CLI prints. */
export function formatProblem(entry: PackProblem): string {
  return `${entry.packId ?? 'manifest'}: ${entry.message} [${entry.code}]`;
}
