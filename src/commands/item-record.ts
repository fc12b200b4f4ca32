/** The flat shape of an item in `search --json` and `export`: what a newsroom spreadsheet wants. */
import type { EntityMention } from "../model/entity.js";
import type { StoredItem } from "../model/item.js";

export interface ItemRecord {
  id: string;
  title: string;
  url: string;
  link: string;
  outlet: string;
  feed: string;
  published: string;
  summary: string;
  relevant: boolean | null;
  sea: boolean | null;
  topics: string[];
  countries: string[];
  urgency: string | null;
  score: number | null;
  reasons: string[];
  /** The watched entities it names: id, name, the alias as written, and the field (issue 17). */
  entities: EntityMention[];
  story: string | null;
}

/** Flattens a stored item and its classification. */
export function itemRecord(item: StoredItem): ItemRecord {
  const c = item.classification;
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    link: item.link,
    outlet: item.outlet,
    feed: item.feedIds.length > 0 ? item.feedIds.join(",") : item.feedId,
    published: item.publishedAt,
    summary: item.summary,
    relevant: c ? c.relevant : null,
    sea: c ? c.sea : null,
    topics: c ? c.topics : [],
    countries: c ? c.countries : [],
    urgency: c ? c.urgency : null,
    score: c ? c.score : null,
    reasons: c ? c.reasons : [],
    entities: c ? c.entities : [],
    story: item.storyId,
  };
}
