import type { Classification } from "./classification.js";

/** One news item, the single shape the whole program uses after normalise. */
export interface Item {
  /** Stable id derived from the item's identity key (see normalise/item-key.ts). */
  id: string;
  feedId: string;
  /** The real outlet (Reuters behind Google News, not "Google News"). */
  outlet: string;
  /** Canonical URL: tracking parameters stripped, scheme and host normalised. */
  url: string;
  /** Link exactly as published (resolved to absolute). */
  link: string;
  guid: string | null;
  title: string;
  summary: string;
  /** Publication time, ISO 8601 UTC. */
  publishedAt: string;
  /** True when the feed gave no usable date (or a future one) and publishedAt was estimated. */
  publishedEstimated: boolean;
  /** When tracewire first saw the item, ISO 8601 UTC. */
  firstSeenAt: string;
  language: string;
}

/** An item as read back from the store, with its classification when it has one. */
export interface StoredItem extends Item {
  classification: Classification | null;
  storyId: string | null;
  /** Feeds this item has been seen in (the same URL in two feeds is one item). */
  feedIds: string[];
}
