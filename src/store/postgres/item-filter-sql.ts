import { queryTime } from "../schema.js";
import type { ItemQuery } from "../store.js";

/**
 * The WHERE conditions (on items aliased `i`) for an ItemQuery, numbering parameters after `params`
 * (which it extends in place).
 */
export function itemFilterSql(query: ItemQuery, params: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (query.relevant !== undefined) add((p) => `i.relevant = ${p}`, query.relevant);
  if (query.sea !== undefined) add((p) => `i.sea = ${p}`, query.sea);
  if (query.country !== undefined) {
    add(
      (p) => `EXISTS (SELECT 1 FROM item_countries c WHERE c.country = ${p} AND c.item_id = i.id)`,
      query.country.toUpperCase(),
    );
  }
  if (query.topic !== undefined) {
    add((p) => `EXISTS (SELECT 1 FROM item_topics t WHERE t.topic = ${p} AND t.item_id = i.id)`, query.topic);
  }
  if (query.outlet !== undefined) add((p) => `i.outlet = ${p}`, query.outlet);
  if (query.feedId !== undefined) {
    add(
      (p) => `EXISTS (SELECT 1 FROM item_feeds f WHERE f.feed_id = ${p} AND f.item_id = i.id)`,
      query.feedId,
    );
  }
  if (query.since !== undefined) add((p) => `i.published_at >= ${p}`, queryTime("since", query.since));
  if (query.seenSince !== undefined)
    add((p) => `i.first_seen_at >= ${p}`, queryTime("seenSince", query.seenSince));
  if (query.before !== undefined) add((p) => `i.published_at < ${p}`, queryTime("before", query.before));
  if (query.language !== undefined) add((p) => `i.language = ${p}`, query.language);
  if (query.notClassifiedWith !== undefined) {
    add((p) => `(i.class_version IS NULL OR i.class_version <> ${p})`, query.notClassifiedWith);
  }
  if (query.entities !== undefined && query.entities.length > 0) {
    add(
      (p) => `EXISTS (SELECT 1 FROM item_entities e WHERE e.entity = ANY(${p}::text[]) AND e.item_id = i.id)`,
      query.entities,
    );
  }
  return conditions;
}
