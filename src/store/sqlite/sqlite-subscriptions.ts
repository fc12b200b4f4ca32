/**
 * The subscriptions part of the SQLite store: subscriptions, their delivery health and the digest ticks
 * taken (see store.ts for each method's contract).
 */
import type { Subscription } from "../../model/subscription.js";
import { sameSubscription } from "../same-subscription.js";
import { type Row, subscriptionFromRow, toIso } from "../schema.js";
import type { SubscriptionStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Subscriptions and digest ticks on one SQLite connection. */
export class SqliteSubscriptions implements SubscriptionStore {
  constructor(private readonly c: SqliteConnection) {}

  addSubscription(subscription: Subscription): Promise<void> {
    return this.c.run(() => this.insert(subscription));
  }

  /** Inserts (or replaces, by id) one subscription row. */
  private insert(subscription: Subscription): void {
    this.c
      .stmt(
        `INSERT INTO subscriptions (id, target, mode, filter, schedule, tz, quiet, created_at, backfill_hours, state,
           last_error, last_delivery_at, follow_ups)
         VALUES (@id, @target, @mode, @filter, @schedule, @tz, @quiet, @createdAt, @backfillHours, @state, @lastError,
           @lastDeliveryAt, @followUps)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, mode = excluded.mode, filter = excluded.filter,
           schedule = excluded.schedule, tz = excluded.tz, quiet = excluded.quiet, created_at = excluded.created_at,
           backfill_hours = excluded.backfill_hours, state = excluded.state, last_error = excluded.last_error,
           last_delivery_at = excluded.last_delivery_at, follow_ups = excluded.follow_ups`,
      )
      .run({
        ...subscription,
        filter: JSON.stringify(subscription.filter),
        createdAt: toIso(subscription.createdAt),
        lastDeliveryAt: toIso(subscription.lastDeliveryAt),
        followUps: subscription.followUps === false ? 0 : 1,
      });
  }

  addSubscriptionOnce(subscription: Subscription): Promise<{ id: string; added: boolean }> {
    return this.c.run(() =>
      // Immediate: the write lock is taken before the lookup, so a second process waits and then finds this one.
      this.c.db
        .transaction(() => {
          const sameTarget = (
            this.c
              .stmt("SELECT * FROM subscriptions WHERE target = ? ORDER BY created_at, id")
              .all(subscription.target) as Row[]
          ).map(subscriptionFromRow);
          const existing = sameTarget.find((other) => sameSubscription(other, subscription));
          if (existing) return { id: existing.id, added: false };
          this.insert(subscription);
          return { id: subscription.id, added: true };
        })
        .immediate(),
    );
  }

  getSubscription(id: string): Promise<Subscription | null> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT * FROM subscriptions WHERE id = ?").get(id) as Row | undefined;
      return row ? subscriptionFromRow(row) : null;
    });
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.c.run(() =>
      (this.c.stmt("SELECT * FROM subscriptions ORDER BY created_at, id").all() as Row[]).map(
        subscriptionFromRow,
      ),
    );
  }

  removeSubscription(id: string): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          // Undelivered rows go with the subscription; sent and failed rows stay as delivery history.
          this.c
            .stmt("DELETE FROM outbox WHERE subscription_id = ? AND state IN ('pending', 'sending')")
            .run(id);
          return this.c.stmt("DELETE FROM subscriptions WHERE id = ?").run(id).changes === 1;
        })
        .immediate(),
    );
  }

  setSubscriptionState(
    id: string,
    state: Subscription["state"],
    lastError: string | null,
    lastDeliveryAt?: string,
  ): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `UPDATE subscriptions SET state = ?, last_error = ?, last_delivery_at = coalesce(?, last_delivery_at)
         WHERE id = ?`,
        )
        .run(state, lastError, toIso(lastDeliveryAt), id);
    });
  }

  claimDigestTick(subscriptionId: string, tick: string): Promise<boolean> {
    return this.c.run(
      () =>
        this.c
          .stmt(
            "INSERT INTO digest_ticks (subscription_id, tick, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
          )
          .run(subscriptionId, tick, new Date().toISOString()).changes === 1,
    );
  }
}
