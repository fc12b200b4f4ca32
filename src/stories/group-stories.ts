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
import { compareTokenIds } from "./similarity.js";
import { type ItemTokenSets, itemTokenSets } from "./title-tokens.js";
import { TokenDictionary, type TokenIds } from "./token-ids.js";

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
  ids: TokenIds;
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
  const dictionary = new TokenDictionary();
  const entry = (item: StoredItem, storyId: string): Entry => ({
    item,
    ids: dictionary.tokenIds(entryTokens(item)),
    time: timeOf(item),
    storyId,
  });
  const older = recent
    .filter((item) => !newIds.has(item.id))
    .map((item) => entry(item, item.storyId ?? item.id));
  const ordered = [...newItems]
    .sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id))
    .map((item) => entry(item, item.id));
  const rarity = countDocuments([...older, ...ordered], dictionary.size);
  const byUrl = new Map<string, Entry>();
  // Postings per (word, day): a lookup reads only the days inside the window.
  const postings = new Map<number, Entry[]>();
  const index = (entry: Entry): void => {
    if (entry.item.url && !byUrl.has(entry.item.url)) byUrl.set(entry.item.url, entry);
    const day = dayOf(entry.time);
    for (const id of entry.ids.full) {
      const key = postingKey(id, day);
      const list = postings.get(key);
      if (list) list.push(entry);
      else postings.set(key, [entry]);
    }
  };
  for (const entry of older) index(entry);

  const assignments: { itemId: string; storyId: string }[] = [];
  const adopted = new Set<string>();
  for (const entry of ordered) {
    const { item } = entry;
    const match = byUrl.get(item.url) ?? bestMatch(entry, postings, rarity, windowMs, threshold);
    if (match) entry.storyId = match.storyId;
    if (match && !newIds.has(match.item.id) && match.item.storyId === null && !adopted.has(match.item.id)) {
      // A recent item never grouped before becomes the lead of the story it now shares.
      adopted.add(match.item.id);
      assignments.push({ itemId: match.item.id, storyId: match.storyId });
    }
    assignments.push({ itemId: item.id, storyId: entry.storyId });
    index(entry);
  }
  return assignments;
}

function bestMatch(
  { ids, time }: Entry,
  postings: Map<number, Entry[]>,
  rarity: Uint32Array,
  windowMs: number,
  threshold: number,
): Entry | null {
  const seen = new Set<Entry>();
  let best: Entry | null = null;
  let bestScore = -1;
  const probes = new Set([
    ...rarestPrefix(ids.title, rarity, threshold).slice(0, MAX_PROBES),
    ...rarestPrefix(ids.full, rarity, threshold).slice(0, MAX_PROBES),
  ]);
  const day = dayOf(time);
  const span = Math.ceil(windowMs / DAY_MS);
  for (const token of probes) {
    for (let d = day - span; d <= day + span; d++) {
      for (const candidate of postings.get(postingKey(token, d)) ?? []) {
        if (seen.has(candidate)) continue;
        if (seen.size >= MAX_CANDIDATES) return best;
        seen.add(candidate);
        if (Math.abs(candidate.time - time) > windowMs) continue;
        const similarity = compareTokenIds(ids, candidate.ids, threshold, MIN_SHARED_WORDS);
        if (similarity === null) continue;
        const { score } = similarity;
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
function rarestPrefix(ids: Uint32Array, rarity: Uint32Array, threshold: number): number[] {
  const sorted = Array.from(ids).sort((a, b) => rarity[a]! - rarity[b]! || a - b);
  const length = sorted.length - Math.ceil(threshold * sorted.length) + 1;
  return sorted.slice(0, Math.max(1, length));
}

// How many entries carry each word, by word id.
function countDocuments(entries: Entry[], words: number): Uint32Array {
  const counts = new Uint32Array(words);
  for (const { ids } of entries) for (const id of ids.full) counts[id]! += 1;
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

function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

// One number for a (word id, day) pair: days since 1970 stay far below 2^17, word ids far below 2^35.
function postingKey(wordId: number, day: number): number {
  return wordId * 131_072 + day;
}

function timeOf(item: StoredItem): number {
  const time = Date.parse(item.publishedAt);
  return Number.isNaN(time) ? 0 : time;
}
