import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";
import { tempSqliteUrl } from "../support/temp-db.js";

let db: ReturnType<typeof tempSqliteUrl>;

beforeEach(() => {
  db = tempSqliteUrl();
});
afterEach(() => {
  db.cleanup();
});

/** Another application's SQLite file: its own `items` table (a shop's, say) with a row in it. */
function writeForeignDatabase(path: string): Buffer {
  const other = new Database(path);
  other.exec(
    "CREATE TABLE items (sku TEXT PRIMARY KEY, price REAL); CREATE TABLE orders (id INTEGER PRIMARY KEY)",
  );
  other.prepare("INSERT INTO items VALUES (?, ?)").run("A-100", 9.5);
  other.close();
  return readFileSync(path);
}

describe("another application's SQLite file", () => {
  it.each([[["migrate"]], [["search", "scam"]], [["export", "--format", "jsonl"]]])(
    "%j exits 2 with 'not a tracewire database, nothing was changed' and leaves every byte",
    async (args) => {
      const before = writeForeignDatabase(db.path);
      const out = await runCli(args, { env: { DATABASE_URL: db.url } });
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toBe(
        `tracewire: ${db.path}: not a tracewire database, nothing was changed (it holds another application's tables: items, orders)\n` +
          "  hint: DATABASE_URL names another application's database: point it at tracewire's own file, e.g. sqlite:./data/tracewire.db\n",
      );
      expect(readFileSync(db.path).equals(before)).toBe(true);
      expect(existsSync(`${db.path}-wal`)).toBe(false);
    },
  );

  it("a new file and tracewire's own file still open", async () => {
    expect((await runCli(["migrate"], { env: { DATABASE_URL: db.url } })).code).toBe(0);
    const again = await runCli(["search", "scam"], { env: { DATABASE_URL: db.url } });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('no items match "scam"\n');
  });
});
