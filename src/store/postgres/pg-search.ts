import { clampLimit } from "../schema.js";
import type { ItemQuery } from "../store.js";
import { itemFilterSql } from "./item-filter-sql.js";
import { tsQuerySqlParts } from "./ts-query.js";

/** How many of the most recently stored full-text matches are ranked (see searchSql). */
export const RANKED_MATCHES = 3_000;

/**
 * The statement behind searchItems on Postgres: the same ranking as the SQLite store's. Only the
 * RANKED_MATCHES most recently stored matches (seq descending) are ranked, as items with every required word
 * in the title first (the title is weight A of the search vector: ts_filter keeps it alone), then newest
 * published, then newest stored. Nothing counts every match of a word (ts_rank would read each one), so a
 * word in a third of the archive answers as fast as a rare one.
 *
 * The planner finds the newest matches one of two ways, by the word's frequency in its statistics: a common
 * word by walking items_seq backwards and testing each row (the heap is read in the order it was written, and
 * a few thousand rows hold the matches), a rare word through the GIN index and a top-N sort of its few
 * matches. `columns` is the select list over the items row `i`. Null when nothing searchable is left.
 */
export function searchSql(
  text: string,
  q: ItemQuery,
  columns: string,
): { sql: string; params: unknown[] } | null {
  const params: unknown[] = [];
  const tsQuery = tsQuerySqlParts(text, params);
  if (tsQuery === null) return null;
  const conditions = itemFilterSql(q, params);
  params.push(clampLimit(q.limit));
  const sql = `WITH m AS MATERIALIZED (
      SELECT i.seq, i.published_at, ts_filter(i.search, '{a}') @@ (${tsQuery.required}) AS in_title
      FROM items i
      WHERE i.search @@ (${tsQuery.all}) ${conditions.map((c) => `AND ${c}`).join(" ")}
      ORDER BY i.seq DESC LIMIT ${RANKED_MATCHES}
    ), top AS MATERIALIZED (
      SELECT seq, in_title, published_at FROM m
      ORDER BY in_title DESC, published_at DESC, seq DESC LIMIT $${params.length}
    )
    SELECT ${columns} FROM top JOIN items i ON i.seq = top.seq
    ORDER BY top.in_title DESC, top.published_at DESC, top.seq DESC`;
  return { sql, params };
}
