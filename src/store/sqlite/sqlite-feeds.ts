/**
 * The feeds part of the SQLite store: feed health and polling leases (see store.ts for each method's
 * contract). A lease is a conditional upsert, so two processes on one file never poll a feed together.
 */
import type { FeedState } from "../../model/feed.js";
import { feedStateFromRow, type Row, toIso } from "../schema.js";
import type { FeedClaimOptions, FeedStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Feed states and leases on one SQLite connection. */
export class SqliteFeeds implements FeedStore {
  constructor(private readonly c: SqliteConnection) {}

  getFeedState(feedId: string): Promise<FeedState | null> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT * FROM feed_states WHERE feed_id = ?").get(feedId) as Row | undefined;
      return row ? feedStateFromRow(row) : null;
    });
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `INSERT INTO feed_states (feed_id, url, etag, last_modified, last_status, last_error, last_error_code,
           consecutive_failures, last_polled_at, last_success_at, next_attempt_at, items_seen, last_new_item_at)
         VALUES (@feedId, @url, @etag, @lastModified, @lastStatus, @lastError, @lastErrorCode, @consecutiveFailures,
           @lastPolledAt, @lastSuccessAt, @nextAttemptAt, @itemsSeen, @lastNewItemAt)
         ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag,
           last_modified = excluded.last_modified, last_status = excluded.last_status, last_error = excluded.last_error,
           last_error_code = excluded.last_error_code, consecutive_failures = excluded.consecutive_failures,
           last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
           next_attempt_at = excluded.next_attempt_at, items_seen = excluded.items_seen,
           last_new_item_at = excluded.last_new_item_at`,
        )
        .run({
          ...state,
          lastPolledAt: toIso(state.lastPolledAt),
          lastSuccessAt: toIso(state.lastSuccessAt),
          nextAttemptAt: toIso(state.nextAttemptAt),
          lastNewItemAt: toIso(state.lastNewItemAt),
        });
    });
  }

  listFeedStates(): Promise<FeedState[]> {
    return this.c.run(() =>
      (this.c.stmt("SELECT * FROM feed_states ORDER BY feed_id").all() as Row[]).map(feedStateFromRow),
    );
  }

  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.c.run(() => {
      const result = this.c
        .stmt(
          `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES (?, ?, ?)
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= ? OR feed_leases.owner = excluded.owner`,
        )
        .run(feedId, owner, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString());
      return result.changes === 1;
    });
  }

  claimFeeds(o: FeedClaimOptions): Promise<string[]> {
    if (o.feedIds.length === 0 || o.limit <= 0) return Promise.resolve([]);
    // One writer at a time: choosing and leasing in one immediate transaction cannot race another process.
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const now = o.now.toISOString();
          const polledSince = o.polledSince?.toISOString() ?? null;
          const candidates = this.c
            .stmt(
              `SELECT f.value AS feed_id FROM json_each(@ids) f
               LEFT JOIN feed_leases l ON l.feed_id = f.value
               LEFT JOIN feed_states s ON s.feed_id = f.value
               WHERE (l.feed_id IS NULL OR l.lease_until <= @now OR l.owner = @owner)
                 AND (@polledSince IS NULL OR s.last_polled_at IS NULL OR s.last_polled_at < @polledSince)
                 AND (s.next_attempt_at IS NULL OR s.next_attempt_at <= @now
                      OR (@ignoreSchedule AND s.last_error_code IS NOT 'FEED_RATE_LIMITED'))
               ORDER BY f.key LIMIT @limit`,
            )
            .all({
              ids: JSON.stringify(o.feedIds),
              now,
              owner: o.owner,
              polledSince,
              ignoreSchedule: o.ignoreSchedule ? 1 : 0,
              limit: o.limit,
            }) as { feed_id: string }[];
          const lease = this.c.stmt(
            `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES (?, ?, ?)
             ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until`,
          );
          const until = new Date(o.now.getTime() + o.leaseMs).toISOString();
          for (const { feed_id } of candidates) lease.run(feed_id, o.owner, until);
          return candidates.map((row) => row.feed_id);
        })
        .immediate(),
    );
  }

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.c.run(() => {
      this.c.stmt("DELETE FROM feed_leases WHERE feed_id = ? AND owner = ?").run(feedId, owner);
    });
  }
}
