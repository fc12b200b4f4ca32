/**
 * How alike two items' words are, for story grouping. Plain Jaccard on token sets: it needs no corpus
 * statistics, so the same two headlines score the same whatever else arrived in the batch.
 */
import type { ItemTokenSets } from "./title-tokens.js";

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
