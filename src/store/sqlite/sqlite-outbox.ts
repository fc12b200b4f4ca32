/**
 * The SQLite outbox: one row per (subscription, story) until the platform accepted it. Claims run in immediate
 * transactions, so several processes on one file never take the same row; a lapsed lease is claimable again.
 */
import type { OutboxEntry, OutboxRow } from "../../model/outbox.js";
import { clampLimit, outboxRowFromRow, type Row, toIso } from "../schema.js";
import type { ClaimOptions, OutboxStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** The outbox part of the SQLite store (see store.ts for each method's contract). */
export class SqliteOutbox implements OutboxStore {
  constructor(private readonly c: SqliteConnection) {}

  enqueue(entries: OutboxEntry[]): Promise<number> {
    return this.c.run(() => {
      const insert = this.c.stmt(
        `INSERT INTO outbox (subscription_id, story_id, item_id, mode, state, attempts, not_before, created_at)
         VALUES (?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`,
      );
      const now = new Date().toISOString();
      return this.c.db
        .transaction(() => {
          let added = 0;
          for (const e of entries) {
            added += insert.run(
              e.subscriptionId,
              e.storyId,
              e.itemId ?? "",
              e.mode,
              toIso(e.notBefore),
              now,
            ).changes;
          }
          return added;
        })
        .immediate();
    });
  }

  importOutbox(rows: OutboxRow[]): Promise<number> {
    return this.c.run(() => {
      // A row copied while "sending" gets an already expired lease, so the new store claims it again.
      const insert = this.c.stmt(
        `INSERT INTO outbox (subscription_id, story_id, item_id, mode, state, attempts, not_before, created_at,
           sent_at, message_id, channel_id, thread_id, last_error, lease_until)
         VALUES (@subscriptionId, @storyId, @itemId, @mode, @state, @attempts, @notBefore, @createdAt, @sentAt,
           @messageId, @channelId, @threadId, @lastError,
           CASE WHEN @state = 'sending' THEN '1970-01-01T00:00:00.000Z' END)
         ON CONFLICT DO NOTHING`,
      );
      return this.c.db
        .transaction(() => {
          let added = 0;
          for (const row of rows) {
            added += insert.run({
              subscriptionId: row.subscriptionId,
              storyId: row.storyId,
              mode: row.mode,
              state: row.state,
              attempts: row.attempts,
              notBefore: toIso(row.notBefore),
              createdAt: toIso(row.createdAt),
              sentAt: toIso(row.sentAt),
              messageId: row.messageId,
              itemId: row.itemId ?? "",
              channelId: row.channelId ?? null,
              threadId: row.threadId ?? null,
              lastError: row.lastError,
            }).changes;
          }
          return added;
        })
        .immediate();
    });
  }

  claimOutbox(options: ClaimOptions): Promise<OutboxRow[]> {
    return this.c.run(() => {
      const now = options.now.toISOString();
      const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
      const due = this.c.stmt(
        `SELECT id FROM outbox
         WHERE ((state = 'pending' AND not_before <= @now) OR (state = 'sending' AND lease_until <= @now))
           AND (@subscriptionId IS NULL OR subscription_id = @subscriptionId)
           AND (@mode IS NULL OR mode = @mode)
         ORDER BY id LIMIT @limit`,
      );
      const take = this.c.stmt(
        "UPDATE outbox SET state = 'sending', owner = ?, lease_until = ? WHERE id = ? RETURNING *",
      );
      return this.c.db
        .transaction(() => {
          const ids = due.all({
            now,
            subscriptionId: options.subscriptionId ?? null,
            mode: options.mode ?? null,
            limit: clampLimit(options.limit, 0),
          }) as { id: number }[];
          return ids.map(({ id }) => outboxRowFromRow(take.get(options.owner, leaseUntil, id) as Row));
        })
        .immediate();
    });
  }

  markSent(
    ids: number[],
    messageId: string | null,
    now: Date,
    channelId: string | null = null,
  ): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, channel_id = ?, last_error = NULL, owner = NULL,
         lease_until = NULL WHERE id = ?`,
      ids,
      [now.toISOString(), messageId, channelId],
    );
  }

  setThreadId(id: number, threadId: string): Promise<void> {
    return this.updateOutbox("UPDATE outbox SET thread_id = ? WHERE id = ?", [id], [threadId]);
  }

  listStoryDeliveries(storyIds: string[]): Promise<OutboxRow[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.c.run(() =>
      (
        this.c
          .stmt("SELECT * FROM outbox WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY id")
          .all(JSON.stringify(storyIds)) as Row[]
      ).map(outboxRowFromRow),
    );
  }

  markRetry(ids: number[], notBefore: Date, error: string, rateLimited: boolean): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'pending', not_before = ?, last_error = ?, attempts = attempts + ?, owner = NULL,
         lease_until = NULL WHERE id = ?`,
      ids,
      [notBefore.toISOString(), error, rateLimited ? 0 : 1],
    );
  }

  markFailed(ids: number[], error: string): Promise<void> {
    return this.updateOutbox(
      "UPDATE outbox SET state = 'failed', last_error = ?, owner = NULL, lease_until = NULL WHERE id = ?",
      ids,
      [error],
    );
  }

  private updateOutbox(sql: string, ids: number[], params: unknown[]): Promise<void> {
    return this.c.run(() => {
      const update = this.c.stmt(sql);
      this.c.db
        .transaction(() => {
          for (const id of ids) update.run(...params, id);
        })
        .immediate();
    });
  }

  listOutbox(query: {
    subscriptionId?: string;
    storyId?: string;
    state?: OutboxRow["state"];
    limit?: number;
  }): Promise<OutboxRow[]> {
    return this.c.run(() =>
      (
        this.c
          .stmt(
            `SELECT * FROM outbox WHERE (@subscriptionId IS NULL OR subscription_id = @subscriptionId)
             AND (@storyId IS NULL OR story_id = @storyId)
             AND (@state IS NULL OR state = @state) ORDER BY id LIMIT @limit`,
          )
          .all({
            subscriptionId: query.subscriptionId ?? null,
            storyId: query.storyId ?? null,
            state: query.state ?? null,
            limit: clampLimit(query.limit, 1000),
          }) as Row[]
      ).map(outboxRowFromRow),
    );
  }

  listClaimOwners(): Promise<string[]> {
    return this.c.run(() =>
      (
        this.c
          .stmt(
            `SELECT owner FROM feed_leases UNION SELECT owner FROM outbox WHERE state = 'sending' AND owner IS NOT NULL
           ORDER BY owner`,
          )
          .all() as { owner: string }[]
      ).map((row) => row.owner),
    );
  }

  releaseClaims(owners: string[]): Promise<number> {
    return this.c.run(() => {
      const list = JSON.stringify(owners);
      return this.c.db
        .transaction(() => {
          this.c.stmt("DELETE FROM feed_leases WHERE owner IN (SELECT value FROM json_each(?))").run(list);
          // not_before is already past (the row was due when claimed), so the row is due again at once.
          return this.c
            .stmt(
              `UPDATE outbox SET state = 'pending', owner = NULL, lease_until = NULL
             WHERE state = 'sending' AND owner IN (SELECT value FROM json_each(?))`,
            )
            .run(list).changes;
        })
        .immediate();
    });
  }
}
