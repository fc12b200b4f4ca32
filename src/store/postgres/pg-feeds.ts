/**
 * The feeds part of the Postgres store: feed health and polling leases (see store.ts for each method's
 * contract). A lease is a conditional upsert, so two replicas never poll a feed together.
 */
import type { FeedState } from "../../model/feed.js";
import { feedStateFromRow, toIso } from "../schema.js";
import type { FeedClaimOptions, FeedStore } from "../store.js";
import type { PgRunner } from "./pg-runner.js";

/** First key of the advisory locks claimFeeds takes (the second is the feed id's hash): "tw" + "fl". */
const FEED_LOCK_SPACE = 0x7477_666c;

/** Feed states and leases through one PgRunner. */
export class PgFeeds implements FeedStore {
  constructor(private readonly db: PgRunner) {}

  getFeedState(feedId: string): Promise<FeedState | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT * FROM feed_states WHERE feed_id = $1", [feedId]);
      return row ? feedStateFromRow(row) : null;
    });
  }

  saveFeedState(s: FeedState): Promise<void> {
    return this.db.statement(async (query) => {
      await query(
        `INSERT INTO feed_states (feed_id, url, etag, last_modified, last_status, last_error, last_error_code,
           consecutive_failures, last_polled_at, last_success_at, next_attempt_at, items_seen, last_new_item_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag,
           last_modified = excluded.last_modified, last_status = excluded.last_status, last_error = excluded.last_error,
           last_error_code = excluded.last_error_code, consecutive_failures = excluded.consecutive_failures,
           last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
           next_attempt_at = excluded.next_attempt_at, items_seen = excluded.items_seen,
           last_new_item_at = excluded.last_new_item_at`,
        [
          s.feedId,
          s.url,
          s.etag,
          s.lastModified,
          s.lastStatus,
          s.lastError,
          s.lastErrorCode,
          s.consecutiveFailures,
          toIso(s.lastPolledAt),
          toIso(s.lastSuccessAt),
          toIso(s.nextAttemptAt),
          s.itemsSeen,
          toIso(s.lastNewItemAt),
        ],
      );
    }, true);
  }

  listFeedStates(): Promise<FeedState[]> {
    return this.db.read(async (query) =>
      (await query("SELECT * FROM feed_states ORDER BY feed_id")).map(feedStateFromRow),
    );
  }

  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.db.statement(async (query) => {
      const rows = await query(
        `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES ($1, $2, $3)
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= $4 OR feed_leases.owner = excluded.owner
         RETURNING feed_id`,
        [feedId, owner, new Date(now.getTime() + leaseMs), now],
      );
      return rows.length === 1;
    });
  }

  claimFeeds(o: FeedClaimOptions): Promise<string[]> {
    if (o.feedIds.length === 0 || o.limit <= 0) return Promise.resolve([]);
    return this.db.statement(async (query) => {
      // Candidates in the caller's order; a transaction-scoped advisory lock per feed makes replicas claiming
      // together skip each other's picks (SKIP LOCKED for rows that may not exist yet). A pick another replica
      // committed meanwhile fails the ON CONFLICT condition, which reads the latest lease, so it is not returned.
      const rows = await query(
        `INSERT INTO feed_leases (feed_id, owner, lease_until)
         SELECT c.feed_id, $2, $3 FROM (
           SELECT f.feed_id FROM unnest($1::text[]) WITH ORDINALITY AS f(feed_id, ord)
           LEFT JOIN feed_leases l ON l.feed_id = f.feed_id
           LEFT JOIN feed_states s ON s.feed_id = f.feed_id
           WHERE (l.feed_id IS NULL OR l.lease_until <= $4 OR l.owner = $2)
             AND ($5::timestamptz IS NULL OR s.last_polled_at IS NULL OR s.last_polled_at < $5)
             AND (s.next_attempt_at IS NULL OR s.next_attempt_at <= $4
                  OR ($6::boolean AND s.last_error_code IS DISTINCT FROM 'FEED_RATE_LIMITED'))
           ORDER BY f.ord
         ) c
         WHERE pg_try_advisory_xact_lock(${FEED_LOCK_SPACE}, hashtext(c.feed_id))
         LIMIT $7
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= $4 OR feed_leases.owner = excluded.owner
         RETURNING feed_id`,
        [
          o.feedIds,
          o.owner,
          new Date(o.now.getTime() + o.leaseMs),
          o.now,
          o.polledSince ?? null,
          o.ignoreSchedule ?? false,
          o.limit,
        ],
      );
      const claimed = new Set(rows.map((row) => String(row["feed_id"])));
      return o.feedIds.filter((id) => claimed.has(id));
    });
  }

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.db.statement(async (query) => {
      await query("DELETE FROM feed_leases WHERE feed_id = $1 AND owner = $2", [feedId, owner]);
    }, true);
  }
}
