import { queryTime } from "../schema.js";
import type { ItemQuery } from "../store.js";

/** The WHERE conditions (on items aliased `i`) and their parameters for an ItemQuery. */
export function itemFilterSql(query: ItemQuery): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.relevant !== undefined) {
    conditions.push("i.relevant = ?");
    params.push(query.relevant ? 1 : 0);
  }
  if (query.sea !== undefined) {
    conditions.push("i.sea = ?");
    params.push(query.sea ? 1 : 0);
  }
  if (query.country !== undefined) {
    conditions.push("EXISTS (SELECT 1 FROM item_countries c WHERE c.country = ? AND c.item_id = i.id)");
    params.push(query.country.toUpperCase());
  }
  if (query.topic !== undefined) {
    conditions.push("EXISTS (SELECT 1 FROM item_topics t WHERE t.topic = ? AND t.item_id = i.id)");
    params.push(query.topic);
  }
  if (query.outlet !== undefined) {
    conditions.push("i.outlet = ?");
    params.push(query.outlet);
  }
  if (query.feedId !== undefined) {
    conditions.push("EXISTS (SELECT 1 FROM item_feeds f WHERE f.feed_id = ? AND f.item_id = i.id)");
    params.push(query.feedId);
  }
  if (query.since !== undefined) {
    conditions.push("i.published_at >= ?");
    params.push(queryTime("since", query.since));
  }
  if (query.seenSince !== undefined) {
    conditions.push("i.first_seen_at >= ?");
    params.push(queryTime("seenSince", query.seenSince));
  }
  if (query.before !== undefined) {
    conditions.push("i.published_at < ?");
    params.push(queryTime("before", query.before));
  }
  if (query.language !== undefined) {
    conditions.push("i.language = ?");
    params.push(query.language);
  }
  if (query.notClassifiedWith !== undefined) {
    conditions.push("(i.class_version IS NULL OR i.class_version <> ?)");
    params.push(query.notClassifiedWith);
  }
  if (query.entities !== undefined && query.entities.length > 0) {
    conditions.push(
      "EXISTS (SELECT 1 FROM item_entities e WHERE e.entity IN (SELECT value FROM json_each(?)) AND e.item_id = i.id)",
    );
    params.push(JSON.stringify(query.entities));
  }
  return { conditions, params };
}
