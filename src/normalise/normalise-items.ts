/**
 * normalise: takes a ParsedFeed (raw items as published) and the feed's configuration and returns Items, the
 * one shape the rest of tracewire uses: stable id, canonical URL, plain-text title and summary, the real
 * outlet, UTC time. Pure: no network, no store, no clock but the `now` it is given; never throws on bad data.
 */
import type { FeedConfig } from "../model/feed.js";
import type { Item } from "../model/item.js";
import type { ParsedFeed } from "../model/raw-item.js";
import { stripControlCharsDeep } from "../model/strip-control-chars.js";
import { normaliseItem } from "./normalise-item.js";

/** Every raw item of a feed as an Item, duplicates (same id) dropped, with what had to be skipped or guessed. */
export function normaliseItems(
  published: ParsedFeed,
  feed: FeedConfig,
  now: Date,
): { items: Item[]; warnings: string[] } {
  // Every field as it may be stored: no NUL, no C0 controls, no lone surrogates (issue 15).
  const parsed = stripControlCharsDeep(published);
  const warnings: string[] = [];
  const items: Item[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const raw of parsed.items) {
    let item: Item | null;
    try {
      item = normaliseItem(raw, feed, parsed, now, warnings);
    } catch (error) {
      // A bug here must cost one item, not the feed.
      warnings.push(
        `skipped an item that could not be normalised (${error instanceof Error ? error.message : error})`,
      );
      continue;
    }
    if (item === null) continue;
    if (seen.has(item.id)) {
      duplicates += 1;
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }
  if (duplicates > 0) warnings.push(`dropped ${duplicates} duplicate items (same article twice in the feed)`);
  return { items, warnings };
}
