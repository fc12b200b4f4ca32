/**
 * The briefings part of the SQLite store: weekly briefing runs claimed with a lease and marked sent once the
 * platform took them, and each feed's recent publishing history for feed health (see store.ts for the contract).
 */
import { clampLimit, type Row, toIso } from "../schema.js";
import type { BriefingStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Briefing runs and feed history, on one SQLite connection. */
export class SqliteBriefings implements BriefingStore {
  constructor(private readonly c: SqliteConnection) {}

  claimBriefing(
    subscriptionId: string,
    tick: string,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const until = new Date(now.getTime() + leaseMs).toISOString();
          const taken = this.c
            .stmt(
              `INSERT INTO briefing_runs (subscription_id, tick, state, owner, lease_until) VALUES (?, ?, 'sending', ?, ?)
               ON CONFLICT (subscription_id, tick) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
               WHERE briefing_runs.state = 'sending'
                 AND (briefing_runs.owner = excluded.owner OR briefing_runs.lease_until <= ?)`,
            )
            .run(subscriptionId, tick, owner, until, now.toISOString());
          return taken.changes === 1;
        })
        .immediate(),
    );
  }

  markBriefingSent(subscriptionId: string, tick: string, now: Date): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `UPDATE briefing_runs SET state = 'sent', sent_at = ?, owner = NULL, lease_until = NULL
           WHERE subscription_id = ? AND tick = ?`,
        )
        .run(now.toISOString(), subscriptionId, tick);
    });
  }

  releaseBriefing(subscriptionId: string, tick: string): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `UPDATE briefing_runs SET lease_until = '1970-01-01T00:00:00.000Z'
           WHERE subscription_id = ? AND tick = ? AND state = 'sending'`,
        )
        .run(subscriptionId, tick);
    });
  }

  listFeedItemTimes(perFeed: number): Promise<{ feedId: string; publishedAt: string }[]> {
    return this.c.run(() =>
      (
        this.c
          .stmt(
            // Per feed (found by index seeks, FEED_IDS), only its latest links by seen time are read
            // (item_feeds_feed_seen, migration 9): the whole archive is never grouped.
            `WITH RECURSIVE ${FEED_IDS}
             SELECT feed_id, published_at FROM (
               SELECT g.feed_id, i.published_at,
                 ROW_NUMBER() OVER (PARTITION BY g.feed_id ORDER BY i.published_at DESC) AS n
               FROM feed_ids JOIN item_feeds g ON g.feed_id = feed_ids.id AND g.seen_at >= coalesce(
                 (SELECT h.seen_at FROM item_feeds h WHERE h.feed_id = feed_ids.id
                  ORDER BY h.seen_at DESC LIMIT 1 OFFSET @window - 1), '')
               JOIN items i ON i.id = g.item_id)
             WHERE n <= @perFeed ORDER BY feed_id, published_at DESC`,
          )
          .all({ perFeed: clampLimit(perFeed, 50), window: clampLimit(perFeed, 50) * SEEN_WINDOW }) as Row[]
      ).map((row) => ({ feedId: String(row["feed_id"]), publishedAt: toIso(row["published_at"]) ?? "" })),
    );
  }
}

/**
 * How many of a feed's latest links (by seen time) its newest items are chosen from, per item wanted: a feed's
 * items arrive roughly in publication order, so the newest published are among the latest seen.
 */
export const SEEN_WINDOW = 4;

/**
 * A CTE naming every feed that carried an item (`feed_ids(id)`), one index seek per feed instead of a scan of
 * every link (SQLite has no loose index scan of its own).
 */
export const FEED_IDS = `feed_ids(id) AS (
  SELECT min(feed_id) FROM item_feeds
  UNION ALL
  SELECT (SELECT min(feed_id) FROM item_feeds WHERE feed_id > feed_ids.id) FROM feed_ids WHERE feed_ids.id IS NOT NULL)`;
