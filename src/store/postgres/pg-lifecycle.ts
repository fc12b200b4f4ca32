/**
 * The lifecycle part of the Postgres store: migrations under an advisory lock, reachability, housekeeping,
 * the pool's end and the meta table of small facts (see store.ts for each method's contract).
 */
import type { StoreLifecycle } from "../store.js";
import { migratePostgres } from "./migrate-postgres.js";
import type { PgRunner } from "./pg-runner.js";

/** The database itself through one PgRunner. */
export class PgLifecycle implements StoreLifecycle {
  constructor(private readonly db: PgRunner) {}

  get kind(): "postgres" {
    return "postgres";
  }

  migrate(): Promise<void> {
    // Idempotent: a connection lost midway rolled its transaction back and dropped the advisory lock.
    return this.db.run(
      async (query) => {
        await migratePostgres(query, this.db.server);
      },
      { transaction: false, idempotent: true },
    );
  }

  waitingFor(): string | null {
    // Postgres row locks are waited for inside the server, on a pooled connection: the event loop never waits.
    return null;
  }

  ping(): Promise<void> {
    return this.db.read(async (query) => {
      await query("SELECT 1");
    });
  }

  optimize(): Promise<void> {
    // VACUUM merges the GIN index's pending entries and marks pages all-visible; ANALYZE refreshes statistics.
    // It cannot run inside a transaction, and running it twice is harmless.
    return this.db.run(
      async (query) => {
        await query("VACUUM (ANALYZE) items, item_feeds, item_countries, item_topics, item_entities, outbox");
      },
      { transaction: false, idempotent: true },
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }

  statementCount(): number {
    return this.db.statements;
  }

  getMeta(key: string): Promise<string | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT value FROM meta WHERE key = $1", [key]);
      return row ? String(row["value"]) : null;
    });
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
      );
    }, true);
  }
}
