/*
 * The order drill shows its steps out of order. The shuffle is seeded by the drill's id, so the
 * same drill always starts the same way (tests and a facilitator's group see one order), and it
 * never starts already solved.
 */

function seedOf(text: string): number {
  // FNV-1a: a small, stable hash; nothing here needs to be secret or uniform.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function randomFrom(seed: number): () => number {
  // mulberry32
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The items in a stable order that differs from the given one (whenever there are two or more). */
export function stableShuffle<T>(items: readonly T[], seedText: string): T[] {
  const shuffled = [...items];
  const random = randomFrom(seedOf(seedText));
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  const isUnchanged = shuffled.every((item, index) => item === items[index]);
  // Moving the first to the end always changes the order of distinct items.
  return isUnchanged && shuffled.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}
