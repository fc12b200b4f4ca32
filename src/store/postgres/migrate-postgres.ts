import { StoreError } from "../../errors.js";
import { POSTGRES_MIGRATIONS, type PostgresMigration } from "./migrations.js";

/** The advisory lock every tracewire process takes before migrating (an arbitrary, fixed number). */
export const MIGRATION_LOCK_KEY = 7_143_210_917;

/**
 * Applies pending migrations under a session advisory lock, each in its own transaction, so any number of
 * processes starting together apply each version exactly once. `query` must run on one connection throughout.
 * Returns the versions this call applied.
 */
export async function migratePostgres(
  query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
  where: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  await query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await query(
      "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)",
    );
    const result = await query("SELECT max(version) AS v FROM schema_version");
    const current = Number(result[0]?.["v"] ?? 0);
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new StoreError(
        "STORE_UNAVAILABLE",
        `the database at ${where} has schema version ${current}, newer than this tracewire knows (${newest}); nothing was changed`,
        { where, hint: "upgrade tracewire to the version that last wrote this database" },
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await query("BEGIN");
      try {
        await query(migration.sql);
        await migration.fill?.(query);
        await query("INSERT INTO schema_version (version, applied_at) VALUES ($1, now())", [
          migration.version,
        ]);
        await query("COMMIT");
      } catch (error) {
        await query("ROLLBACK").catch(() => {});
        throw error;
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
  }
}
