import type Database from "better-sqlite3";
import { StoreError } from "../../errors.js";
import { SQLITE_MIGRATIONS, type SqliteMigration } from "./migrations.js";

/**
 * Applies the migrations the database has not seen, in one immediate transaction (so two processes starting
 * together apply each once). Returns the versions applied.
 */
export function migrateSqlite(
  db: Database.Database,
  file: string,
  migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
  );
  const apply = db.transaction(() => {
    const row = db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null };
    const current = row.v ?? 0;
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new StoreError(
        "STORE_UNAVAILABLE",
        `${file} has schema version ${current}, newer than this tracewire knows (${newest}); nothing was changed`,
        { where: file, hint: "upgrade tracewire to the version that last wrote this database" },
      );
    }
    const applied: number[] = [];
    const record = db.prepare("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      migration.fill?.(db);
      record.run(migration.version, new Date().toISOString());
      applied.push(migration.version);
    }
    return applied;
  });
  return apply.immediate();
}
