/*
 * JSON.parse for text from hosts we do not control. Before parsing, one pass over the text checks
 * what JSON.parse lets through but the rest of the app should never see:
 *   - nesting deeper than `maxDepth` (stack exhaustion in later recursive code);
 *   - the keys "__proto__", "constructor" and "prototype" anywhere, even written with \u escapes
 *     (prototype pollution once the value is spread or merged);
 *   - the same key twice in one object (JSON.parse silently keeps the last one, so two readers of the
 *     same signed bytes could disagree about what they say).
 * Iterative, so hostile input cannot overflow the stack. Never throws.
 */

export const defaultMaxJsonDepth = 32;
export const forbiddenJsonKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type JsonFailureKind = 'not-json' | 'too-deep' | 'prototype-key' | 'duplicate-key';

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; kind: JsonFailureKind; message: string };

type ObjectFrame = { type: 'object'; keys: Set<string>; currentKey: string | undefined; expectKey: boolean };
type ArrayFrame = { type: 'array'; index: number };
type Frame = ObjectFrame | ArrayFrame;

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A readable path such as `steps[3].next`; keys that are not identifiers are quoted. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const key = String(part);
      text += identifierPattern.test(key) ? (text === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? '(top level)' : text;
}

function pathOf(stack: readonly Frame[]): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const frame of stack) {
    if (frame.type === 'array') path.push(frame.index);
    else if (frame.currentKey !== undefined) path.push(frame.currentKey);
  }
  return path;
}

/** Index just past the closing quote of the string starting at `start`, or -1 if it never ends. */
function endOfString(text: string, start: number): number {
  // Jump from quote to quote (indexOf is far faster than a loop over every character of long text);
  // a quote preceded by an odd number of backslashes is escaped and does not end the string.
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (quote - 1 - backslashes > start && text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

type ScanResult = { ok: true } | { ok: false; kind: JsonFailureKind; message: string } | { ok: 'incomplete' };

function scan(text: string, maxDepth: number): ScanResult {
  const stack: Frame[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const top = stack[stack.length - 1];
    if (code === 0x22) {
      const end = endOfString(text, index);
      if (end < 0) return { ok: 'incomplete' };
      if (top?.type === 'object' && top.expectKey) {
        let key: unknown = text.slice(index + 1, end - 1);
        try {
          // Only keys with escapes (\u0070rototype...) need decoding; most keys are plain.
          if ((key as string).includes('\\')) key = JSON.parse(text.slice(index, end));
        } catch {
          return { ok: false, kind: 'not-json', message: `${formatJsonPath(pathOf(stack))}: a key is not a valid JSON string` };
        }
        if (typeof key !== 'string') return { ok: false, kind: 'not-json', message: 'a key is not a string' };
        top.currentKey = key;
        top.expectKey = false;
        if (forbiddenJsonKeys.includes(key)) {
          return { ok: false, kind: 'prototype-key', message: `${formatJsonPath(pathOf(stack))}: the key "${key}" is not allowed` };
        }
        if (top.keys.has(key)) {
          return {
            ok: false,
            kind: 'duplicate-key',
            message: `${formatJsonPath(pathOf(stack))}: the key appears twice in the same object`,
          };
        }
        top.keys.add(key);
      }
      index = end;
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      if (stack.length >= maxDepth) {
        const path = pathOf(stack);
        const shown = `${formatJsonPath(path.slice(0, 4))}${path.length > 4 ? '...' : ''}`;
        return { ok: false, kind: 'too-deep', message: `${shown}: nested more than ${maxDepth} levels deep` };
      }
      stack.push(code === 0x7b ? { type: 'object', keys: new Set(), currentKey: undefined, expectKey: true } : { type: 'array', index: 0 });
    } else if (code === 0x7d || code === 0x5d) {
      stack.pop();
    } else if (code === 0x2c) {
      if (top?.type === 'object') top.expectKey = true;
      else if (top?.type === 'array') top.index += 1;
    }
    index += 1;
  }
  return stack.length > 0 ? { ok: 'incomplete' } : { ok: true };
}

function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Engines quote a piece of the input in their messages; keep it short.
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function parseJsonSafely(text: string, maxDepth = defaultMaxJsonDepth): SafeJsonResult {
  const scanned = scan(text, maxDepth);
  if (scanned.ok === false) return scanned;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (scanned.ok === 'incomplete') {
      return {
        ok: false,
        kind: 'not-json',
        message: `not valid JSON: it ends before every string and bracket is closed (cut off?)`,
      };
    }
    return { ok: false, kind: 'not-json', message: `not valid JSON: ${engineMessage(error)}` };
  }
}
