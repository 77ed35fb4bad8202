/*
 * Values a hand-written reader of stored settings may meet, for the tests that hold such a reader
 * equal to the zod schema it stands in for (the first screen reads settings before zod loads).
 * Every JSON type, near misses of every pattern the app stores, and shapes that only look right.
 */
export const jsonOddities: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  1,
  -1,
  3.5,
  '',
  ' ',
  'toString',
  '__proto__',
  'constructor',
  [],
  [null],
  [1, 2],
  {},
  { value: 1 },
];

/** Stored texts that are not a settings object at all. */
export const unreadableTexts: readonly (string | null)[] = [
  null,
  '',
  '{not json',
  'null',
  '42',
  'true',
  '"text"',
  '[]',
  '[{"theme":"dark"}]',
  '{}',
  '{"__proto__":{"theme":"dark"}}',
];

/**
 * A deterministic walk over combinations: row i of n picks, for each field, one of the candidate
 * values, spread so every field meets every value against varied neighbours.
 */
export function combinations<T>(fields: readonly string[], candidates: readonly T[], count: number): Record<string, T>[] {
  const rows: Record<string, T>[] = [];
  let seed = 2463534242;
  const next = (): number => {
    // xorshift32: the same sequence on every run, so a failure names a case that can be replayed.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % candidates.length;
  };
  for (let row = 0; row < count; row += 1) {
    const record: Record<string, T> = {};
    for (const field of fields) record[field] = candidates[next()] as T;
    rows.push(record);
  }
  return rows;
}
