/**
 * The archive's counts on SQLite (see store.ts ArchiveStatsStore): grouped in the database, so /trends over a
 * large archive reads narrow index rows instead of every item's JSON.
 */
import { queryTime } from "../schema.js";
import type { ArchiveStatsStore, WeeklyCount } from "../store.js";
import { FEED_IDS } from "./sqlite-briefings.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Counts on one SQLite connection. */
export class SqliteArchiveStats implements ArchiveStatsStore {
  constructor(private readonly c: SqliteConnection) {}

  countRelevantStoriesByWeek(since: string, until?: string): Promise<WeeklyCount[]> {
    const from = queryTime("since", since);
    const to = until === undefined ? null : queryTime("before", until);
    return this.c.run(() => {
      // date(x, '-6 days', 'weekday 1') is the Monday on or before x.
      const week = "date(i.published_at, '-6 days', 'weekday 1')";
      const story = "coalesce(i.story_id, i.id)";
      const rows = this.c
        .stmt(
          `SELECT 'country' AS dimension, ${week} AS week, c.country AS key, count(DISTINCT ${story}) AS stories
           FROM items i JOIN item_countries c ON c.item_id = i.id
           WHERE i.relevant = 1 AND i.published_at >= @from AND (@to IS NULL OR i.published_at < @to) GROUP BY 2, 3
           UNION ALL
           SELECT 'topic', ${week}, t.topic, count(DISTINCT ${story})
           FROM items i JOIN item_topics t ON t.item_id = i.id
           WHERE i.relevant = 1 AND i.published_at >= @from AND (@to IS NULL OR i.published_at < @to) GROUP BY 2, 3
           ORDER BY 1, 2, 3`,
        )
        .all({ from, to }) as {
        dimension: "country" | "topic";
        week: string;
        key: string;
        stories: number;
      }[];
      return rows.map((row) => ({ ...row, stories: Number(row.stories) }));
    });
  }

  relevantItemsMark(since: string, until: string): Promise<string> {
    const from = queryTime("since", since);
    const to = queryTime("before", until);
    return this.c.run(() => {
      // A range of items_relevant_published, whose entries carry the rowid (seq): no item row is read.
      const row = this.c
        .stmt(
          `SELECT count(*) AS n, total(seq) AS s FROM items
           WHERE relevant = 1 AND published_at >= ? AND published_at < ?`,
        )
        .get(from, to) as { n: number; s: number };
      return `${row.n}:${row.s}`;
    });
  }

  countItemsByFeed(since: string): Promise<{ feedId: string; items: number }[]> {
    const from = queryTime("since", since);
    return this.c.run(() =>
      (
        this.c
          .stmt(
            // Per feed, a range of item_feeds_feed_seen (migration 9): the links of the window, not the archive's.
            `WITH RECURSIVE ${FEED_IDS}
             SELECT feedId, items FROM (
               SELECT id AS feedId,
                 (SELECT count(*) FROM item_feeds g WHERE g.feed_id = feed_ids.id AND g.seen_at >= ?) AS items
               FROM feed_ids WHERE id IS NOT NULL)
             WHERE items > 0 ORDER BY feedId`,
          )
          .all(from) as { feedId: string; items: number }[]
      ).map((row) => ({ feedId: row.feedId, items: Number(row.items) })),
    );
  }
}
