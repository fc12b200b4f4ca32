import { setTimeout as sleep } from "node:timers/promises";
import type Database from "better-sqlite3";
import { toSqliteStoreError } from "./sqlite-store-error.js";

/**
 * How long one attempt may wait inside SQLite's busy handler (ms). better-sqlite3 waits synchronously, so this
 * is the longest the event loop stalls on another process's lock; the rest of the wait is asynchronous.
 */
export const BUSY_SLICE_MS = 50;
/** The asynchronous pause between two attempts on a locked file (ms). */
const RETRY_PAUSE_MS = 25;
const BUSY = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_BUSY_TIMEOUT"]);

/** One open SQLite file: its prepared statements (each prepared once) and the error mapping for its failures. */
export class SqliteConnection {
  private readonly statements = new Map<string, Database.Statement>();
  private lockWaiters = 0;
  private lockWaitSince: Date | null = null;

  constructor(
    readonly db: Database.Database,
    readonly file: string,
    /** How long work waits in all for another process's lock before STORE_LOCKED (ms). */
    private readonly lockWaitMs = 5000,
  ) {}

  /**
   * Runs work against the file, turning SQLite failures into StoreErrors that name it. While another process
   * holds the lock, the work is tried again after an asynchronous pause (so HTTP and timers keep running) until
   * lockWaitMs have passed. Work must be one statement or one transaction: a locked attempt changed nothing.
   */
  async run<T>(work: () => T): Promise<T> {
    const started = Date.now();
    let waiting = false;
    try {
      for (;;) {
        try {
          return work();
        } catch (error) {
          if (!isBusy(error) || Date.now() - started >= this.lockWaitMs)
            throw toSqliteStoreError(error, this.file);
        }
        if (!waiting) {
          waiting = true;
          this.lockWaiters += 1;
          this.lockWaitSince ??= new Date(started);
        }
        await sleep(RETRY_PAUSE_MS);
      }
    } finally {
      if (waiting) {
        this.lockWaiters -= 1;
        if (this.lockWaiters === 0) this.lockWaitSince = null;
      }
    }
  }

  /** What work on this file is waiting for right now (another process's lock), or null. */
  waitingFor(): string | null {
    if (this.lockWaitSince === null) return null;
    return `SQLite write lock on ${this.file} held by another process since ${this.lockWaitSince.toISOString()}`;
  }

  /** A prepared statement, prepared once per SQL text. */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && BUSY.has(code);
}
