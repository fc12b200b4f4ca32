/**
 * How the Postgres store talks to the server: a pg pool, transactions (BEGIN/COMMIT, ROLLBACK on error), and
 * retries with backoff after a dropped connection, restart or deadlock when nothing can be written twice.
 */
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { type BackoffPolicy, backoffDelay } from "../../backoff.js";
import type { Logger } from "../../log.js";
import type { Row } from "../schema.js";
import { describePgServer, isTransientPgError, toPgStoreError } from "./postgres-store-error.js";

export interface PgRunnerOptions {
  /** Connections in the pool (DATABASE_POOL_SIZE); default 10. */
  poolSize?: number;
  logger?: Logger | undefined;
  /** Retries of a dropped connection (default 7, about 10 s in all: a pool can hold several dead connections after a restart). */
  retries?: number;
  /** Randomness for the retry jitter (default Math.random). */
  random?: () => number;
}

/** Waits between retries: 100 ms doubling to 4 s, less up to a fifth at random. */
export const PG_RETRY_BACKOFF: BackoffPolicy = { baseMs: 100, capMs: 4_000, jitter: 0.2 };

export type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** Marks an error raised before COMMIT was sent: the server rolled everything back, so a retry is safe. */
class BeforeCommit extends Error {
  constructor(readonly original: unknown) {
    super("before commit");
  }
}

/** One pool and the rules for using it: every store call goes through read(), write() or run(). */
export class PgRunner {
  private readonly pool: pg.Pool;
  readonly server: string;
  private readonly retries: number;
  private readonly random: () => number;
  private closed = false;
  private sent = 0;

  constructor(
    private readonly url: string,
    private readonly options: PgRunnerOptions = {},
  ) {
    this.server = describePgServer(url);
    this.retries = options.retries ?? 7;
    this.random = options.random ?? Math.random;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client whose server went away emits here; without a listener the process would crash.
    this.pool.on("error", (error) => {
      options.logger?.warn(
        { err: error, store: this.server },
        "Postgres connection lost; it will be replaced",
      );
    });
  }

  /**
   * Runs work on one pooled connection, inside a transaction when asked. Retries after a dropped connection,
   * deadlock or restart when nothing can have been written twice: the failure came before COMMIT, or the work
   * is idempotent.
   */
  async run<T>(
    work: (query: Query) => Promise<T>,
    how: { transaction: boolean; idempotent: boolean },
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(work, how.transaction);
      } catch (thrown) {
        const safe = thrown instanceof BeforeCommit || how.idempotent;
        const error = thrown instanceof BeforeCommit ? thrown.original : thrown;
        if (!safe || !isTransientPgError(error) || attempt >= this.retries)
          throw toPgStoreError(error, this.url);
        // Debug, not warn: a retry that works is no news, and one that does not ends in the caller's one line.
        this.options.logger?.debug(
          { err: error, store: this.server, attempt: attempt + 1 },
          "Postgres operation failed; retrying",
        );
        await sleep(Math.round(backoffDelay(attempt, PG_RETRY_BACKOFF, this.random)));
      }
    }
  }

  private async once<T>(work: (query: Query) => Promise<T>, transaction: boolean): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw new BeforeCommit(error);
    }
    // A checked-out connection the server drops emits "error"; the failing query reports it, so the event
    // itself must not become an uncaught exception.
    const ignoreDropped = () => {};
    client.on("error", ignoreDropped);
    const query: Query = async (sql, params) => {
      this.sent += 1;
      return (await client.query(sql, params as unknown[])).rows as Row[];
    };
    let broken: unknown;
    try {
      if (!transaction) return await work(query);
      try {
        try {
          this.sent += 1;
          await client.query("BEGIN");
        } catch (error) {
          throw new BeforeCommit(error);
        }
        const result = await work(query);
        try {
          this.sent += 1;
          await client.query("COMMIT");
        } catch (error) {
          // The server answered COMMIT with an error (a SQLSTATE, e.g. 57P01 while shutting down): it rolled
          // the transaction back, so a retry cannot write twice. A lost connection without an answer stays
          // ambiguous and is not retried.
          if (
            typeof (error as { code?: unknown }).code === "string" &&
            /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
          ) {
            throw new BeforeCommit(error);
          }
          throw error;
        }
        return result;
      } catch (error) {
        broken = error;
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    } catch (error) {
      broken = error;
      throw error;
    } finally {
      client.off("error", ignoreDropped);
      const cause = broken instanceof BeforeCommit ? broken.original : broken;
      // A connection that failed is destroyed rather than returned to the pool.
      client.release(cause !== undefined && isTransientPgError(cause) ? (cause as Error) : undefined);
    }
  }

  /** Runs a write in one transaction; errors before COMMIT are marked safe to retry. */
  write<T>(work: (query: Query) => Promise<T>, idempotent = false): Promise<T> {
    return this.run(
      async (query) => {
        try {
          return await work(query);
        } catch (error) {
          throw new BeforeCommit(error);
        }
      },
      { transaction: true, idempotent },
    );
  }

  /**
   * Runs a write that is one statement, without BEGIN/COMMIT (Postgres commits a lone statement by itself): a
   * third of the round trips of write(). An error the server answered (a SQLSTATE) rolled the statement back,
   * so it is retried like one before COMMIT; a connection lost without an answer is retried only when idempotent.
   */
  statement<T>(work: (query: Query) => Promise<T>, idempotent = false): Promise<T> {
    return this.run(
      async (query) => {
        try {
          return await work(query);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) throw new BeforeCommit(error);
          throw error;
        }
      },
      { transaction: false, idempotent },
    );
  }

  /** Runs a read on one pooled connection; retried after a dropped connection. */
  read<T>(work: (query: Query) => Promise<T>): Promise<T> {
    return this.run(work, { transaction: false, idempotent: true });
  }

  /** Statements sent so far, BEGIN and COMMIT included (a ROLLBACK after a failure is not counted). */
  get statements(): number {
    return this.sent;
  }

  /** Ends the pool (once; later calls do nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
