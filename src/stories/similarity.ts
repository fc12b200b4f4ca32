/**
 * How alike two items' words are, for story grouping. Plain Jaccard on token sets: it needs no corpus
 * statistics, so the same two headlines score the same whatever else arrived in the batch.
 */
import type { ItemTokenSets } from "./title-tokens.js";
import { countSharedIds, type TokenIds } from "./token-ids.js";

/** The result of comparing two items: the score (0–1) and how many title-or-summary words they share. */
export interface Similarity {
  score: number;
  shared: number;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const both = countShared(a, b);
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

/** Words two sets have in common. */
export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const token of small) if (large.has(token)) both += 1;
  return both;
}

/**
 * The better of title-to-title and (title+summary)-to-(title+summary) Jaccard. Titles alone separate
 * rewrites of one wire story best; the summaries rescue pairs whose headlines were written independently
 * (The Guardian's "Gangs forcing hundreds of thousands…" against The New Paper's "Hundreds of thousands
 * trafficked…", both on the UN report of 29 August 2023).
 */
export function compareItems(a: ItemTokenSets, b: ItemTokenSets): Similarity {
  const title = jaccard(a.title, b.title);
  const full = jaccard(a.full, b.full);
  return { score: Math.max(title, full), shared: countShared(a.full, b.full) };
}

/**
 * compareItems on interned ids, for pairs that can be one story: the same result when the score reaches
 * `threshold` and the pair shares at least `minShared` words, otherwise null. Set sizes alone rule most pairs
 * out (Jaccard is at most the smaller size over the larger) before any words are compared.
 */
export function compareTokenIds(
  a: TokenIds,
  b: TokenIds,
  threshold: number,
  minShared: number,
): Similarity | null {
  if (Math.min(a.full.length, b.full.length) < minShared) return null;
  const title = jaccardIds(a.title, b.title, threshold);
  // Unless the titles already match, the full sets must reach the threshold on their own: give up early.
  const fullShared = countSharedIds(
    a.full,
    b.full,
    title >= threshold ? minShared : sharedNeeded(a.full, b.full, threshold, minShared),
  );
  if (fullShared < 0) return null;
  const fullUnion = a.full.length + b.full.length - fullShared;
  const full = fullUnion === 0 ? 0 : fullShared / fullUnion;
  const score = Math.max(title, full);
  return score < threshold ? null : { score, shared: fullShared };
}

/** Jaccard of two id arrays, or 0 when it cannot reach `threshold` (then the exact value does not matter). */
function jaccardIds(a: Uint32Array, b: Uint32Array, threshold: number): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = countSharedIds(a, b, sharedNeeded(a, b, threshold, 0));
  return shared < 0 ? 0 : shared / (a.length + b.length - shared);
}

// s / (|a| + |b| − s) ≥ t  ⇔  s ≥ t(|a| + |b|) / (1 + t); one less than that, so rounding never loses a pair.
function sharedNeeded(a: Uint32Array, b: Uint32Array, threshold: number, floor: number): number {
  return Math.max(floor, Math.ceil((threshold * (a.length + b.length)) / (1 + threshold)) - 1);
}
