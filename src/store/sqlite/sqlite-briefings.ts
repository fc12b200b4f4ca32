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
            `SELECT feed_id, published_at FROM (
               SELECT f.feed_id, i.published_at,
                 ROW_NUMBER() OVER (PARTITION BY f.feed_id ORDER BY i.published_at DESC) AS n
               FROM item_feeds f JOIN items i ON i.id = f.item_id)
             WHERE n <= ? ORDER BY feed_id, published_at DESC`,
          )
          .all(clampLimit(perFeed, 50)) as Row[]
      ).map((row) => ({ feedId: String(row["feed_id"]), publishedAt: toIso(row["published_at"]) ?? "" })),
    );
  }
}
