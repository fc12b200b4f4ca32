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
    return this.db.read(async (query) =>
      (
        await query(
          `SELECT feed_id, published_at FROM (
             SELECT f.feed_id, i.published_at,
               ROW_NUMBER() OVER (PARTITION BY f.feed_id ORDER BY i.published_at DESC) AS n
             FROM item_feeds f JOIN items i ON i.id = f.item_id) ranked
           WHERE n <= $1 ORDER BY feed_id, published_at DESC`,
          [clampLimit(perFeed, 50)],
        )
      ).map((row) => ({ feedId: String(row["feed_id"]), publishedAt: toIso(row["published_at"]) ?? "" })),
    );
  }
}
