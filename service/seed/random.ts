/** A small seeded generator (mulberry32) so the demo org is reproducible. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;

  return {
    next,
    int,
    pick,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    weighted: (items, weightOf) => pickWeighted(items, weightOf, next()),
    shuffle: (items) => shuffle(items, int),
  };
}

/** A seed for an independent stream, so account 3 is the same at any count. */
export function streamSeed(seed: number, stream: number): number {
  const mixed = Math.imul(seed ^ Math.imul(stream + 1, 0x9e3779b1), 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) >>> 0;
}

function pickWeighted<T>(
  items: readonly T[],
  weightOf: (item: T) => number,
  draw: number,
): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let remaining = draw * total;

  for (const item of items) {
    remaining -= weightOf(item);
    if (remaining < 0) return item;
  }
  return items[items.length - 1]!;
}

function shuffle<T>(
  items: readonly T[],
  int: (min: number, max: number) => number,
): T[] {
  const result = [...items];

  for (let i = result.length - 1; i > 0; i--) {
    const j = int(0, i);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
