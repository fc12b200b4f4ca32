/**
 * Story grouping, between classify and route: takes the items a poll found and the recently stored ones,
 * returns which story each new item belongs to. Two items are one story when they share a canonical URL, or
 * when they were published within a few days of each other and their words are near-identical
 * (see similarity.ts). A story's id is its lead item's id. Pure: no I/O, no clock.
 *
 * Cost: items are compared only with candidates that contain one of their rarest words (prefix filtering:
 * a pair at Jaccard ≥ t must share one of the first n − ⌈t·n⌉ + 1 words of either set in rarity order),
 * so a batch of 10,000 against 5,000 is far from 75 million comparisons.
 */
import type { StoredItem } from "../model/item.js";
import { compareItems } from "./similarity.js";
import { type ItemTokenSets, itemTokenSets } from "./title-tokens.js";

export interface GroupOptions {
  /** Items further apart than this (by publication time) are never one story by their words. Default 3. */
  windowDays?: number;
  /**
   * Similarity at or above which two items are one story. Default 0.34, tuned on
   * tests/stories/fixtures/story-clusters.json: the weakest pair that must merge directly scores 0.36 (two
   * reports of the Korean student's death), the strongest pair that must not 0.31 (two Guardian stories on
   * the same Tesco supplier, a week apart).
   */
  threshold?: number;
}

/**
 * Bounds on the work for one item: its rarest few words are probed, and at most this many candidates are
 * scored. A real repeat shares its rare words (names, places, numbers), so the bound costs no real match;
 * without it, common words in a 10,000-item batch make grouping close to quadratic (bench/cycle-cost.ts).
 */
const MAX_PROBES = 6;
const MAX_CANDIDATES = 500;

/** Words two items must share, besides the score, before they can be one story (short titles). */
const MIN_SHARED_WORDS = 3;
const DAY_MS = 86_400_000;

interface Entry {
  item: StoredItem;
  tokens: ItemTokenSets;
  time: number;
  storyId: string;
}

/** Assigns each new item to a story: an existing one it repeats, one formed within the batch, or its own. */
export function groupStories(
  newItems: StoredItem[],
  recent: StoredItem[],
  options: GroupOptions = {},
): { itemId: string; storyId: string }[] {
  const windowMs = (options.windowDays ?? 3) * DAY_MS;
  const threshold = options.threshold ?? 0.34;
  const newIds = new Set(newItems.map((item) => item.id));
  const older = recent.filter((item) => !newIds.has(item.id));
  const byUrl = new Map<string, Entry>();
  // Postings per (day, word): a lookup reads only the days inside the window.
  const postings = new Map<string, Entry[]>();
  const rarity = countDocuments([...older, ...newItems].map((item) => entryTokens(item)));

  const index = (entry: Entry): void => {
    if (entry.item.url && !byUrl.has(entry.item.url)) byUrl.set(entry.item.url, entry);
    const day = Math.floor(entry.time / DAY_MS);
    for (const token of entry.tokens.full) {
      const key = `${day} ${token}`;
      const list = postings.get(key);
      if (list) list.push(entry);
      else postings.set(key, [entry]);
    }
  };
  for (const item of older) {
    index({ item, tokens: entryTokens(item), time: timeOf(item), storyId: item.storyId ?? item.id });
  }

  const assignments: { itemId: string; storyId: string }[] = [];
  const adopted = new Set<string>();
  const ordered = [...newItems].sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id));
  for (const item of ordered) {
    const tokens = entryTokens(item);
    const time = timeOf(item);
    const match = byUrl.get(item.url) ?? bestMatch(tokens, time, postings, rarity, windowMs, threshold);
    const storyId = match ? match.storyId : item.id;
    if (match && !newIds.has(match.item.id) && match.item.storyId === null && !adopted.has(match.item.id)) {
      // A recent item never grouped before becomes the lead of the story it now shares.
      adopted.add(match.item.id);
      assignments.push({ itemId: match.item.id, storyId: match.storyId });
    }
    assignments.push({ itemId: item.id, storyId });
    index({ item, tokens, time, storyId });
  }
  return assignments;
}

function bestMatch(
  tokens: ItemTokenSets,
  time: number,
  postings: Map<string, Entry[]>,
  rarity: Map<string, number>,
  windowMs: number,
  threshold: number,
): Entry | null {
  const seen = new Set<Entry>();
  let best: Entry | null = null;
  let bestScore = -1;
  const day = Math.floor(time / DAY_MS);
  const span = Math.ceil(windowMs / DAY_MS);
  const probes = new Set([
    ...rarestPrefix(tokens.title, rarity, threshold).slice(0, MAX_PROBES),
    ...rarestPrefix(tokens.full, rarity, threshold).slice(0, MAX_PROBES),
  ]);
  for (const token of probes) {
    for (let d = day - span; d <= day + span; d++) {
      for (const candidate of postings.get(`${d} ${token}`) ?? []) {
        if (seen.has(candidate)) continue;
        if (seen.size >= MAX_CANDIDATES) return best;
        seen.add(candidate);
        if (Math.abs(candidate.time - time) > windowMs) continue;
        const { score, shared } = compareItems(tokens, candidate.tokens);
        if (score < threshold || shared < MIN_SHARED_WORDS) continue;
        if (score > bestScore || (score === bestScore && best !== null && candidate.time < best.time)) {
          best = candidate;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

// The words of a set, rarest first, that any set at Jaccard >= threshold must contain at least one of.
function rarestPrefix(set: Set<string>, rarity: Map<string, number>, threshold: number): string[] {
  const sorted = [...set].sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0) || (a < b ? -1 : 1));
  const length = sorted.length - Math.ceil(threshold * sorted.length) + 1;
  return sorted.slice(0, Math.max(1, length));
}

function countDocuments(sets: ItemTokenSets[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { full } of sets) for (const token of full) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

const tokenCache = new WeakMap<StoredItem, ItemTokenSets>();
function entryTokens(item: StoredItem): ItemTokenSets {
  let tokens = tokenCache.get(item);
  if (!tokens) {
    tokens = itemTokenSets(item);
    tokenCache.set(item, tokens);
  }
  return tokens;
}

function timeOf(item: StoredItem): number {
  const time = Date.parse(item.publishedAt);
  return Number.isNaN(time) ? 0 : time;
}
