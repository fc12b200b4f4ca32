/**
 * The archive's counts on Postgres (see store.ts ArchiveStatsStore): grouped in the database; weeks are ISO
 * weeks (Monday) in UTC.
 */
import { queryTime } from "../schema.js";
import type { ArchiveStatsStore, WeeklyCount } from "../store.js";
import { FEED_IDS } from "./pg-briefings.js";
import type { PgRunner } from "./pg-runner.js";

/** Counts through one PgRunner. */
export class PgArchiveStats implements ArchiveStatsStore {
  constructor(private readonly db: PgRunner) {}

  countRelevantStoriesByWeek(since: string, until?: string): Promise<WeeklyCount[]> {
    const from = queryTime("since", since);
    const to = until === undefined ? null : queryTime("before", until);
    const week = "to_char(date_trunc('week', i.published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')";
    const story = "coalesce(i.story_id, i.id)";
    return this.db.read(async (query) =>
      (
        await query(
          `SELECT 'country' AS dimension, ${week} AS week, c.country AS key, count(DISTINCT ${story}) AS stories
           FROM items i JOIN item_countries c ON c.item_id = i.id
           WHERE i.relevant AND i.published_at >= $1 AND ($2::timestamptz IS NULL OR i.published_at < $2) GROUP BY 2, 3
           UNION ALL
           SELECT 'topic', ${week}, t.topic, count(DISTINCT ${story})
           FROM items i JOIN item_topics t ON t.item_id = i.id
           WHERE i.relevant AND i.published_at >= $1 AND ($2::timestamptz IS NULL OR i.published_at < $2) GROUP BY 2, 3
           ORDER BY 1, 2, 3`,
          [from, to],
        )
      ).map((row) => ({
        dimension: row["dimension"] as WeeklyCount["dimension"],
        week: String(row["week"]),
        key: String(row["key"]),
        stories: Number(row["stories"]),
      })),
    );
  }

  relevantItemsMark(since: string, until: string): Promise<string> {
    const from = queryTime("since", since);
    const to = queryTime("before", until);
    return this.db.read(async (query) => {
      const [row] = await query(
        `SELECT count(*) AS n, coalesce(sum(seq), 0) AS s FROM items
         WHERE relevant AND published_at >= $1 AND published_at < $2`,
        [from, to],
      );
      return `${String(row?.["n"] ?? 0)}:${String(row?.["s"] ?? 0)}`;
    });
  }

  countItemsByFeed(since: string): Promise<{ feedId: string; items: number }[]> {
    const from = queryTime("since", since);
    return this.db.read(async (query) =>
      (
        await query(
          // Per feed, a range of item_feeds_feed_seen (migration 9): the links of the window, not the archive's.
          `WITH RECURSIVE ${FEED_IDS}
           SELECT feed_id, items FROM (
             SELECT id AS feed_id,
               (SELECT count(*) FROM item_feeds g WHERE g.feed_id = feed_ids.id AND g.seen_at >= $1) AS items
             FROM feed_ids WHERE id IS NOT NULL) counted
           WHERE items > 0 ORDER BY feed_id`,
          [from],
        )
      ).map((row) => ({ feedId: String(row["feed_id"]), items: Number(row["items"]) })),
    );
  }
}
