/**
 * The requests part of the Postgres store: signed requests already answered, each until it expires (see
 * store.ts for the contract).
 */
import type { RequestStore } from "../store.js";
import type { PgRunner } from "./pg-runner.js";

/** Requests seen, through one PgRunner. */
export class PgRequests implements RequestStore {
  constructor(private readonly db: PgRunner) {}

  rememberRequest(key: string, now: Date, ttlMs: number): Promise<boolean> {
    return this.db.write(async (query) => {
      await query("DELETE FROM seen_requests WHERE expires_at <= $1 AND key <> $2", [now, key]);
      // A concurrent insert of the same key waits on the primary key, then takes the conflict branch: only an
      // expired row is taken over, so of two callers exactly one gets a row back.
      const rows = await query(
        `INSERT INTO seen_requests (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_requests.expires_at <= $3
         RETURNING key`,
        [key, new Date(now.getTime() + ttlMs), now],
      );
      return rows.length === 1;
    });
  }
}
