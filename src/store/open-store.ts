/**
 * Opens the store named by DATABASE_URL: `sqlite:PATH` (the embedded default), `sqlite::memory:` (tests) or
 * `postgres://…` / `postgresql://…`. Only the chosen implementation is loaded, so SQLite users never load pg.
 */
import { ConfigError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Store } from "./store.js";

export interface OpenStoreOptions {
  /** Postgres connection pool size (DATABASE_POOL_SIZE); default 10. */
  poolSize?: number;
  logger?: Logger;
  /** Apply pending migrations before returning; default true. */
  migrate?: boolean;
  /** SQLite: how long a write waits for another process's lock before STORE_LOCKED (ms); default 5000. */
  busyTimeoutMs?: number;
}

export type StoreLocation = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

/** Reads a DATABASE_URL into the store it names; ConfigError for anything else. */
export function parseDatabaseUrl(databaseUrl: string): StoreLocation {
  const value = databaseUrl.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (/^sqlite:/i.test(value)) {
    let path = value.slice("sqlite:".length);
    // sqlite:///abs/path and sqlite://./rel are accepted too.
    if (path.startsWith("//")) path = path.slice(2);
    if (path === "") {
      throw new ConfigError("DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/tracewire.db", {
        where: "DATABASE_URL",
      });
    }
    return { kind: "sqlite", path };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  throw new ConfigError(
    `DATABASE_URL: expected sqlite:PATH, sqlite::memory:, postgres://… or postgresql://…, got ${scheme ? `a ${scheme}: URL` : JSON.stringify(value.slice(0, 40))}`,
    { where: "DATABASE_URL", hint: "for example DATABASE_URL=sqlite:./data/tracewire.db" },
  );
}

/** Opens the store named by databaseUrl and (unless told not to) applies pending migrations. */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const location = parseDatabaseUrl(databaseUrl);
  let store: Store;
  if (location.kind === "sqlite") {
    const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
    store = openSqliteStore(
      location.path,
      options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs },
    );
  } else {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    store = openPostgresStore(location.url, { poolSize: options.poolSize ?? 10, logger: options.logger });
  }
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => {});
      throw error;
    }
  }
  return store;
}
