/**
 * The feeds part of the SQLite store: feed health and polling leases (see store.ts for each method's
 * contract). A lease is a conditional upsert, so two processes on one file never poll a feed together.
 */
import type { FeedState } from "../../model/feed.js";
import { feedStateFromRow, type Row, toIso } from "../schema.js";
import type { FeedStore } from "../store.js";
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

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.c.run(() => {
      this.c.stmt("DELETE FROM feed_leases WHERE feed_id = ? AND owner = ?").run(feedId, owner);
    });
  }
}
