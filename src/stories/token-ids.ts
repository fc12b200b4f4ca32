/**
 * Token sets as sorted integer arrays, for story grouping's inner loop: interning each word once per grouping
 * run turns every comparison into a merge of two short sorted arrays instead of string-keyed set lookups.
 */
import type { ItemTokenSets } from "./title-tokens.js";

/** An item's title and title+summary words as ascending ids from one TokenDictionary. */
export interface TokenIds {
  title: Uint32Array;
  full: Uint32Array;
}

/** Gives every distinct word an id; lives only as long as one grouping run, so it never grows unbounded. */
export class TokenDictionary {
  private readonly ids = new Map<string, number>();

  /** How many distinct words have an id. */
  get size(): number {
    return this.ids.size;
  }

  /** The id of a word, assigning the next one to a word not seen before. */
  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  /** The item's token sets as sorted id arrays. */
  tokenIds(sets: ItemTokenSets): TokenIds {
    return { title: this.sortedIds(sets.title), full: this.sortedIds(sets.full) };
  }

  private sortedIds(set: ReadonlySet<string>): Uint32Array {
    const ids = new Uint32Array(set.size);
    let i = 0;
    for (const token of set) ids[i++] = this.idOf(token);
    return ids.sort();
  }
}

/**
 * How many ids two ascending arrays have in common; -1 as soon as the rest of the arrays cannot bring the
 * count up to `atLeast` (so a pair that cannot be similar enough is given up half-way).
 */
export function countSharedIds(a: Uint32Array, b: Uint32Array, atLeast = 0): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else {
      if (x < y) i += 1;
      else j += 1;
      if (shared + Math.min(a.length - i, b.length - j) < atLeast) return -1;
    }
  }
  return shared < atLeast ? -1 : shared;
}
