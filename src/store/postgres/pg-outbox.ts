/**
 * The Postgres outbox: one row per (subscription, story) until the platform accepted it. Claims take due rows
 * with FOR UPDATE SKIP LOCKED inside one UPDATE … RETURNING, so replicas never take the same row; a lapsed
 * lease is claimable again.
 */
import type { OutboxEntry, OutboxRow } from "../../model/outbox.js";
import { clampLimit, outboxRowFromRow } from "../schema.js";
import type { ClaimOptions, OutboxStore } from "../store.js";
import type { PgRunner } from "./pg-runner.js";

/** The outbox part of the Postgres store (see store.ts for each method's contract). */
export class PgOutbox implements OutboxStore {
  constructor(private readonly db: PgRunner) {}

  enqueue(entries: OutboxEntry[]): Promise<number> {
    if (entries.length === 0) return Promise.resolve(0);
    return this.db.write(async (query) => {
      const rows = await query(
        `INSERT INTO outbox (subscription_id, story_id, mode, state, attempts, not_before, created_at, item_id)
         SELECT e.subscription_id, e.story_id, e.mode, 'pending', 0, e.not_before, $5, e.item_id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $6::text[])
           AS e(subscription_id, story_id, mode, not_before, item_id)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          entries.map((e) => e.subscriptionId),
          entries.map((e) => e.storyId),
          entries.map((e) => e.mode),
          entries.map((e) => e.notBefore),
          new Date(),
          entries.map((e) => e.itemId ?? ""),
        ],
      );
      return rows.length;
    });
  }

  importOutbox(rows: OutboxRow[]): Promise<number> {
    if (rows.length === 0) return Promise.resolve(0);
    return this.db.write(async (query) => {
      // A row copied while "sending" gets an already expired lease, so the new store claims it again.
      const added = await query(
        `INSERT INTO outbox (subscription_id, story_id, mode, state, attempts, not_before, created_at, sent_at,
           message_id, last_error, lease_until, item_id, channel_id, thread_id)
         SELECT r.subscription_id, r.story_id, r.mode, r.state, r.attempts, r.not_before, r.created_at, r.sent_at,
           r.message_id, r.last_error, CASE WHEN r.state = 'sending' THEN 'epoch'::timestamptz END, r.item_id,
           r.channel_id, r.thread_id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[],
           $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
           AS r(subscription_id, story_id, mode, state, attempts, not_before, created_at, sent_at, message_id, last_error,
             item_id, channel_id, thread_id)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          rows.map((r) => r.subscriptionId),
          rows.map((r) => r.storyId),
          rows.map((r) => r.mode),
          rows.map((r) => r.state),
          rows.map((r) => r.attempts),
          rows.map((r) => r.notBefore),
          rows.map((r) => r.createdAt),
          rows.map((r) => r.sentAt),
          rows.map((r) => r.messageId),
          rows.map((r) => r.lastError),
          rows.map((r) => r.itemId ?? ""),
          rows.map((r) => r.channelId ?? null),
          rows.map((r) => r.threadId ?? null),
        ],
      );
      return added.length;
    });
  }

  claimOutbox(o: ClaimOptions): Promise<OutboxRow[]> {
    return this.db.statement(async (query) => {
      const rows = await query(
        `UPDATE outbox SET state = 'sending', owner = $1, lease_until = $2
         FROM (SELECT id FROM outbox
               WHERE ((state = 'pending' AND not_before <= $3) OR (state = 'sending' AND lease_until <= $3))
                 AND ($4::text IS NULL OR subscription_id = $4) AND ($5::text IS NULL OR mode = $5)
               ORDER BY id LIMIT $6 FOR UPDATE SKIP LOCKED) due
         WHERE outbox.id = due.id RETURNING outbox.*`,
        [
          o.owner,
          new Date(o.now.getTime() + o.leaseMs),
          o.now,
          o.subscriptionId ?? null,
          o.mode ?? null,
          clampLimit(o.limit, 0),
        ],
      );
      return rows.map(outboxRowFromRow).sort((a, b) => a.id - b.id);
    });
  }

  markSent(
    ids: number[],
    messageId: string | null,
    now: Date,
    channelId: string | null = null,
  ): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'sent', sent_at = $2, message_id = $3, channel_id = $4, last_error = NULL,
         owner = NULL, lease_until = NULL WHERE id = ANY($1::bigint[])`,
      [ids, now, messageId, channelId],
    );
  }

  setThreadId(id: number, threadId: string): Promise<void> {
    return this.updateOutbox("UPDATE outbox SET thread_id = $2 WHERE id = ANY($1::bigint[])", [
      [id],
      threadId,
    ]);
  }

  listStoryDeliveries(storyIds: string[]): Promise<OutboxRow[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.db.read(async (query) =>
      (await query("SELECT * FROM outbox WHERE story_id = ANY($1::text[]) ORDER BY id", [storyIds])).map(
        outboxRowFromRow,
      ),
    );
  }

  markRetry(ids: number[], notBefore: Date, error: string, rateLimited: boolean): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'pending', not_before = $2, last_error = $3, attempts = attempts + $4, owner = NULL,
         lease_until = NULL WHERE id = ANY($1::bigint[])`,
      [ids, notBefore, error, rateLimited ? 0 : 1],
    );
  }

  markFailed(ids: number[], error: string): Promise<void> {
    return this.updateOutbox(
      "UPDATE outbox SET state = 'failed', last_error = $2, owner = NULL, lease_until = NULL WHERE id = ANY($1::bigint[])",
      [ids, error],
    );
  }

  private updateOutbox(sql: string, params: unknown[]): Promise<void> {
    if ((params[0] as number[]).length === 0) return Promise.resolve();
    return this.db.statement(async (query) => {
      await query(sql, params);
    }, true);
  }

  listOutbox(q: {
    subscriptionId?: string;
    storyId?: string;
    state?: OutboxRow["state"];
    limit?: number;
  }): Promise<OutboxRow[]> {
    return this.db.read(async (query) =>
      (
        await query(
          `SELECT * FROM outbox WHERE ($1::text IS NULL OR subscription_id = $1) AND ($2::text IS NULL OR state = $2)
           AND ($4::text IS NULL OR story_id = $4) ORDER BY id LIMIT $3`,
          [q.subscriptionId ?? null, q.state ?? null, clampLimit(q.limit, 1000), q.storyId ?? null],
        )
      ).map(outboxRowFromRow),
    );
  }

  listClaimOwners(): Promise<string[]> {
    return this.db.read(async (query) =>
      (
        await query(
          `SELECT owner FROM feed_leases UNION SELECT owner FROM outbox WHERE state = 'sending' AND owner IS NOT NULL
           ORDER BY owner`,
        )
      ).map((row) => String(row["owner"])),
    );
  }

  releaseClaims(owners: string[]): Promise<number> {
    if (owners.length === 0) return Promise.resolve(0);
    return this.db.write(async (query) => {
      await query("DELETE FROM feed_leases WHERE owner = ANY($1::text[])", [owners]);
      // not_before is already past (the row was due when claimed), so the row is due again at once.
      const released = await query(
        `UPDATE outbox SET state = 'pending', owner = NULL, lease_until = NULL
         WHERE state = 'sending' AND owner = ANY($1::text[]) RETURNING id`,
        [owners],
      );
      return released.length;
    });
  }
}
