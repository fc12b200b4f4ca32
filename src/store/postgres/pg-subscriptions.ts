/**
 * The subscriptions part of the Postgres store: subscriptions, their delivery health and the digest ticks
 * taken (see store.ts for each method's contract).
 */
import type { Subscription } from "../../model/subscription.js";
import { sameSubscription } from "../same-subscription.js";
import { subscriptionFromRow } from "../schema.js";
import type { SubscriptionStore } from "../store.js";
import type { PgRunner, Query } from "./pg-runner.js";

/** Subscriptions and digest ticks through one PgRunner. */
export class PgSubscriptions implements SubscriptionStore {
  constructor(private readonly db: PgRunner) {}

  addSubscription(s: Subscription): Promise<void> {
    return this.db.write(async (query) => {
      await insertSubscription(query, s);
    }, true);
  }

  addSubscriptionOnce(s: Subscription): Promise<{ id: string; added: boolean }> {
    return this.db.write(async (query) => {
      // One transaction at a time per target, across replicas: the second waits, then finds the first's row.
      await query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`subscription:${s.target}`]);
      const rows = await query("SELECT * FROM subscriptions WHERE target = $1 ORDER BY created_at, id", [
        s.target,
      ]);
      const existing = rows.map(subscriptionFromRow).find((other) => sameSubscription(other, s));
      if (existing) return { id: existing.id, added: false };
      await insertSubscription(query, s);
      return { id: s.id, added: true };
    });
  }

  getSubscription(id: string): Promise<Subscription | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT * FROM subscriptions WHERE id = $1", [id]);
      return row ? subscriptionFromRow(row) : null;
    });
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.db.read(async (query) =>
      (await query("SELECT * FROM subscriptions ORDER BY created_at, id")).map(subscriptionFromRow),
    );
  }

  removeSubscription(id: string): Promise<boolean> {
    return this.db.write(async (query) => {
      // Undelivered rows go with the subscription; sent and failed rows stay as delivery history.
      await query("DELETE FROM outbox WHERE subscription_id = $1 AND state IN ('pending', 'sending')", [id]);
      return (await query("DELETE FROM subscriptions WHERE id = $1 RETURNING id", [id])).length === 1;
    });
  }

  setSubscriptionState(
    id: string,
    state: Subscription["state"],
    lastError: string | null,
    lastDeliveryAt?: string,
  ): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `UPDATE subscriptions SET state = $1, last_error = $2,
           last_delivery_at = coalesce($3::timestamptz, last_delivery_at) WHERE id = $4`,
        [state, lastError, lastDeliveryAt ?? null, id],
      );
    }, true);
  }

  claimDigestTick(subscriptionId: string, tick: string): Promise<boolean> {
    return this.db.write(
      async (query) =>
        (
          await query(
            `INSERT INTO digest_ticks (subscription_id, tick, taken_at) VALUES ($1, $2, now())
             ON CONFLICT DO NOTHING RETURNING tick`,
            [subscriptionId, tick],
          )
        ).length === 1,
    );
  }
}

/** Inserts (or replaces, by id) one subscription row. */
async function insertSubscription(query: Query, s: Subscription): Promise<void> {
  await query(
    `INSERT INTO subscriptions (id, target, mode, filter, schedule, tz, quiet, created_at, backfill_hours, state,
           last_error, last_delivery_at, follow_ups)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, mode = excluded.mode, filter = excluded.filter,
           schedule = excluded.schedule, tz = excluded.tz, quiet = excluded.quiet, created_at = excluded.created_at,
           backfill_hours = excluded.backfill_hours, state = excluded.state, last_error = excluded.last_error,
           last_delivery_at = excluded.last_delivery_at, follow_ups = excluded.follow_ups`,
    [
      s.id,
      s.target,
      s.mode,
      JSON.stringify(s.filter),
      s.schedule,
      s.tz,
      s.quiet,
      s.createdAt,
      s.backfillHours,
      s.state,
      s.lastError,
      s.lastDeliveryAt,
      s.followUps !== false,
    ],
  );
}
