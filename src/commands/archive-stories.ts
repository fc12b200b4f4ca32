/**
 * The web archive's story list (`/`, `/feed.xml`, `/api/stories`): relevant stories, newest first, one item per
 * story, narrowed by the filters a reader sets. Search words go through searchArchive, the CLI's and the
 * bots' one query language; the other filters narrow in the store where it can, the rest here.
 */
import type { Topic } from "../model/classification.js";
import type { StoredItem } from "../model/item.js";
import type { ItemQuery, Store } from "../store/store.js";
import { searchArchive } from "./search-archive.js";

/** What a reader can narrow the archive by; every field is optional and all given must hold. */
export interface ArchiveFilters {
  /** Search words, as `tracewire search` reads them. */
  q?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  topic?: Topic;
  language?: string;
  /** A watched entity's id: only items that mention it. */
  entity?: string;
  outlet?: string;
  /** Published at or after (ISO 8601). */
  from?: string;
  /** Published strictly before (ISO 8601): the end of the range. */
  to?: string;
  /** The page cursor: published strictly before this time (the previous page's last story). */
  before?: string;
}

export interface ArchivePage {
  /** One item per story (its newest relevant report), newest first. */
  items: StoredItem[];
  /** The cursor of the next (older) page, or null when this is the last. */
  nextBefore: string | null;
}

/** How many items are read per story wanted: several reports of one story are folded into one line. */
const READ_AHEAD = 3;

/** Lists a page of relevant stories matching the filters. */
export async function listArchiveStories(
  store: Pick<Store, "listItems" | "searchItems">,
  filters: ArchiveFilters,
  limit = 100,
): Promise<ArchivePage> {
  const before = earliest(filters.to, filters.before);
  const query: ItemQuery = {
    relevant: true,
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.outlet ? { outlet: filters.outlet } : {}),
    ...(filters.from ? { since: filters.from } : {}),
    ...(before ? { before } : {}),
  };
  // Entities are kept inside each classification: read further back so a page still fills.
  const wanted = (limit + 1) * READ_AHEAD * (filters.entity ? 10 : 1);
  const found = filters.q?.trim()
    ? (
        await searchArchive(store as Store, {
          query: filters.q,
          limit: wanted,
          relevant: true,
          order: "newest",
          ...(filters.country ? { country: filters.country } : {}),
          ...(filters.topic ? { topic: filters.topic } : {}),
        })
      ).filter((item) => holds(item, query))
    : await store.listItems({ ...query, limit: wanted });
  const entity = filters.entity;
  const matching = entity
    ? found.filter((item) => item.classification?.entities.some((mention) => mention.id === entity))
    : found;
  const seen = new Set<string>();
  const items: StoredItem[] = [];
  let more = false;
  for (const item of matching) {
    const story = item.storyId ?? item.id;
    if (seen.has(story)) continue;
    if (items.length === limit) {
      more = true;
      break;
    }
    seen.add(story);
    items.push(item);
  }
  return { items, nextBefore: more ? (items.at(-1)?.publishedAt ?? null) : null };
}

/** The filters searchArchive does not apply itself, checked on an item it found. */
function holds(item: StoredItem, query: ItemQuery): boolean {
  if (query.language && item.language !== query.language) return false;
  if (query.outlet && item.outlet !== query.outlet) return false;
  if (query.since && item.publishedAt < query.since) return false;
  if (query.before && item.publishedAt >= query.before) return false;
  return true;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
