import type { Row } from "../schema.js";
import { clampLimit } from "../schema.js";
import type { ItemQuery } from "../store.js";
import { itemFilterSql } from "./item-filter-sql.js";
import type { Query } from "./pg-runner.js";
import { tsQuerySqlParts } from "./ts-query.js";

/** How many of the most recently stored full-text matches are ranked (see searchRows). */
export const RANKED_MATCHES = 3_000;

/** A word the planner expects in this share of the archive or more is found by walking the newest items. */
const COMMON_SHARE = 0.02;

/** The smallest window of newest items searched first. */
const FIRST_WINDOW = 10_000;
/** Windows are sized for this many times RANKED_MATCHES matches (a retry re-reads the window). */
const MARGIN = 1.5;

/**
 * The rows behind searchItems on Postgres, with the SQLite store's ranking: only the RANKED_MATCHES most
 * recently stored matches (seq descending) are ranked, items with every required word in the title first (the
 * title is weight A of the search vector: ts_filter keeps it alone), then newest published, then newest
 * stored. Nothing counts every match of a word (ts_rank would read each one).
 *
 * A row of the archive is wide (its search vector alone is ~1.4 kB), so reading rows is the cost: walking the
 * items newest first reads every non-matching row too (100,000 rows for a word in 3% of a 1M archive), and the
 * GIN index alone reads every match of the word. So the matches are read through GIN AND'ed with a window
 * of the newest items (both bitmaps: index scans are off in this transaction), sized from the planner's
 * estimate of the word's frequency to hold about 1.5 times RANKED_MATCHES matches, and grown by the
 * frequency seen in it until it holds RANKED_MATCHES or the whole archive: a common word reads a few thousand rows of the newest window, a rare
 * word its few matches. `query` must run inside a transaction (SET LOCAL). `columns` is the select list
 * over the items row `i`. Empty when nothing searchable is left.
 */
export async function searchRows(query: Query, text: string, q: ItemQuery, columns: string): Promise<Row[]> {
  const params: unknown[] = [];
  const tsQuery = tsQuerySqlParts(text, params);
  if (tsQuery === null) return [];
  const conditions = itemFilterSql(q, params).map((c) => `AND ${c}`);
  const matching = `i.search @@ (${tsQuery.all}) ${conditions.join(" ")}`;
  const [newest] = await query(
    "SELECT coalesce(max(seq), 0) AS top, (SELECT reltuples FROM pg_class WHERE oid = 'items'::regclass) AS n FROM items",
  );
  const top = Number(newest?.["top"] ?? 0);
  const archived = Math.max(1, Number(newest?.["n"] ?? 1));
  // No JIT: compiling costs more than these queries.
  await query("SET LOCAL jit = off");
  const [plan] = await query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM items i WHERE ${matching}`, params);
  const estimated = Math.max(1, estimatedRows(plan));
  // A common word: walk items_seq newest first (GIN would read every posting of the word, and a prefix's
  // partial match costs far more than the walk). A rarer one: GIN AND the window, both bitmaps.
  await query(
    estimated >= COMMON_SHARE * archived
      ? "SET LOCAL enable_bitmapscan = off"
      : "SET LOCAL enable_indexscan = off",
  );
  let window = Math.max(FIRST_WINDOW, Math.ceil((MARGIN * RANKED_MATCHES * archived) / estimated));
  const limit = clampLimit(q.limit);
  for (;;) {
    const lowest = top - window;
    const windowed = lowest > 0 ? `AND i.seq > ${lowest}` : "";
    const ranked = await query(
      `WITH m AS MATERIALIZED (
         SELECT i.seq, i.published_at, ts_filter(i.search, '{a}') @@ (${tsQuery.required}) AS in_title
         FROM items i WHERE ${matching} ${windowed}
         ORDER BY i.seq DESC LIMIT ${RANKED_MATCHES}
       )
       SELECT seq, (SELECT count(*) FROM m) AS matched FROM m
       ORDER BY in_title DESC, published_at DESC, seq DESC LIMIT ${limit}`,
      params,
    );
    const matched = Number(ranked[0]?.["matched"] ?? 0);
    if (matched >= RANKED_MATCHES || lowest <= 0) {
      if (ranked.length === 0) return [];
      const order = ranked.map((row) => String(row["seq"]));
      const rows = await query(
        `SELECT ${columns}, i.seq AS rank_seq FROM items i WHERE i.seq = ANY($1::bigint[])`,
        [order],
      );
      const bySeq = new Map(rows.map((row) => [String(row["rank_seq"]), row]));
      return order.flatMap((seq) => {
        const row = bySeq.get(seq);
        return row ? [row] : [];
      });
    }
    // The frequency seen in this window sizes the next (eight times as large when nothing matched).
    window = matched === 0 ? window * 8 : Math.ceil((window * MARGIN * RANKED_MATCHES) / matched);
  }
}

/** The planner's row estimate at the top of an EXPLAIN (FORMAT JSON) answer. */
function estimatedRows(plan: Row | undefined): number {
  const json = plan?.["QUERY PLAN"] as { Plan?: { "Plan Rows"?: number } }[] | undefined;
  return Number(json?.[0]?.Plan?.["Plan Rows"] ?? 1);
}
