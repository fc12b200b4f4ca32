import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { openStore, parseDatabaseUrl } from "../../src/store/open-store.js";
import { tempSqliteUrl } from "../support/temp-db.js";

describe("openStore", () => {
  it.each([
    ["sqlite:./data/tracewire.db", { kind: "sqlite", path: "./data/tracewire.db" }],
    ["sqlite:/data/tracewire.db", { kind: "sqlite", path: "/data/tracewire.db" }],
    ["sqlite:///data/tracewire.db", { kind: "sqlite", path: "/data/tracewire.db" }],
    ["sqlite::memory:", { kind: "sqlite", path: ":memory:" }],
    [
      "postgres://tracewire@db:5432/tracewire",
      { kind: "postgres", url: "postgres://tracewire@db:5432/tracewire" },
    ],
    ["postgresql://db/tracewire", { kind: "postgres", url: "postgresql://db/tracewire" }],
  ])("reads DATABASE_URL=%s", (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual(expected);
  });

  it.each(["mysql://db/tracewire", "./data/tracewire.db", "sqlite:", ""])(
    "refuses DATABASE_URL=%j with a message naming the accepted forms",
    async (url) => {
      const failure = openStore(url);
      await expect(failure).rejects.toBeInstanceOf(ConfigError);
      await expect(failure).rejects.toThrow(/DATABASE_URL/);
      await expect(failure).rejects.toThrow(/sqlite:/);
    },
  );

  it("creates the directory of a relative sqlite path and migrates the new file", async () => {
    const db = tempSqliteUrl();
    try {
      const file = join(db.dir, "data", "tracewire.db");
      const store = await openStore(`sqlite:${relative(process.cwd(), file)}`);
      expect(existsSync(file)).toBe(true);
      expect(await store.countItems()).toBe(0);
      await store.close();
    } finally {
      db.cleanup();
    }
  });

  it("leaves a new database unmigrated when told to", async () => {
    const db = tempSqliteUrl();
    try {
      const store = await openStore(db.url, { migrate: false });
      await expect(store.countItems()).rejects.toThrow(/no such table/);
      await store.migrate();
      expect(await store.countItems()).toBe(0);
      await store.close();
    } finally {
      db.cleanup();
    }
  });
});
