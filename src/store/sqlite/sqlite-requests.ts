/**
 * The requests part of the SQLite store: signed requests already answered, each until it expires (see store.ts
 * for the contract).
 */
import type { RequestStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Requests seen, on one SQLite connection. */
export class SqliteRequests implements RequestStore {
  constructor(private readonly c: SqliteConnection) {}

  rememberRequest(key: string, now: Date, ttlMs: number): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          this.c.stmt("DELETE FROM seen_requests WHERE expires_at <= ?").run(now.toISOString());
          const added = this.c
            .stmt("INSERT INTO seen_requests (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
            .run(key, new Date(now.getTime() + ttlMs).toISOString());
          return added.changes === 1;
        })
        .immediate(),
    );
  }
}
