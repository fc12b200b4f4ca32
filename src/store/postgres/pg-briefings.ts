/**
 * The briefings part of the Postgres store: weekly briefing runs claimed with a lease and marked sent once the
 * platform took them, and each feed's recent publishing history for feed health (see store.ts for the contract).
 */
import { clampLimit, toIso } from "../schema.js";
import type { BriefingStore } from "../store.js";
import type { PgRunner } from "./pg-runner.js";

/** Briefing runs and feed history, through one PgRunner. */
export class PgBriefings implements BriefingStore {
  constructor(private readonly db: PgRunner) {}

  claimBriefing(
    subscriptionId: string,
    tick: string,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean> {
    return this.db.write(async (query) => {
      // A concurrent claim waits on the primary key, then takes the conflict branch: only a lapsed or own lease
      // is taken over, so of two replicas exactly one gets a row back.
      const rows = await query(
        `INSERT INTO briefing_runs (subscription_id, tick, state, owner, lease_until) VALUES ($1, $2, 'sending', $3, $4)
         ON CONFLICT (subscription_id, tick) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE briefing_runs.state = 'sending' AND (briefing_runs.owner = excluded.owner OR briefing_runs.lease_until <= $5)
         RETURNING tick`,
        [subscriptionId, tick, owner, new Date(now.getTime() + leaseMs), now],
      );
      return rows.length === 1;
    });
  }

  markBriefingSent(subscriptionId: string, tick: string, now: Date): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `UPDATE briefing_runs SET state = 'sent', sent_at = $3, owner = NULL, lease_until = NULL
         WHERE subscription_id = $1 AND tick = $2`,
        [subscriptionId, tick, now],
      );
    });
  }

  releaseBriefing(subscriptionId: string, tick: string): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `UPDATE briefing_runs SET lease_until = 'epoch'::timestamptz
         WHERE subscription_id = $1 AND tick = $2 AND state = 'sending'`,
        [subscriptionId, tick],
      );
    });
  }

  listFeedItemTimes(perFeed: number): Promise<{ feedId: string; publishedAt: string }[]> {
    const wanted = clampLimit(perFeed, 50);
    return this.db.read(async (query) =>
      (
        await query(
          // Per feed (found by index seeks, FEED_IDS), only its latest links by seen time are read
          // (item_feeds_feed_seen, migration 9): the whole archive is never grouped.
          `WITH RECURSIVE ${FEED_IDS}
           SELECT feed_ids.id AS feed_id, newest.published_at FROM feed_ids
           CROSS JOIN LATERAL (
             SELECT i.published_at FROM (
               SELECT g.item_id FROM item_feeds g WHERE g.feed_id = feed_ids.id ORDER BY g.seen_at DESC LIMIT $2
             ) latest JOIN items i ON i.id = latest.item_id
             ORDER BY i.published_at DESC LIMIT $1) newest
           WHERE feed_ids.id IS NOT NULL
           ORDER BY feed_ids.id, newest.published_at DESC`,
          [wanted, wanted * SEEN_WINDOW],
        )
      ).map((row) => ({ feedId: String(row["feed_id"]), publishedAt: toIso(row["published_at"]) ?? "" })),
    );
  }
}

/**
 * How many of a feed's latest links (by seen time) its newest items are chosen from, per item wanted: a feed's
 * items arrive roughly in publication order, so the newest published are among the latest seen.
 */
const SEEN_WINDOW = 4;

/** A CTE naming every feed that carried an item (`feed_ids(id)`), one index seek per feed (a loose index scan). */
export const FEED_IDS = `feed_ids(id) AS (
  SELECT min(feed_id) FROM item_feeds
  UNION ALL
  SELECT (SELECT min(feed_id) FROM item_feeds WHERE feed_id > feed_ids.id) FROM feed_ids WHERE feed_ids.id IS NOT NULL)`;
