import { writeFileSync } from "node:fs";
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

describe("exit codes an operator sees", () => {
  it("exits 0 when the command succeeds", async () => {
    const out = await runCli(["migrate"], { env: { DATABASE_URL: db.url } });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("migrations applied (sqlite)\n");
  });

  it("exits 2 on a DATABASE_URL of an unknown kind (configuration)", async () => {
    const out = await runCli(["migrate"], { env: { DATABASE_URL: "mysql://db.example.org/tracewire" } });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^tracewire: .*DATABASE_URL/);
  });

  it("exits 2 when a command is used wrongly (usage)", async () => {
    const out = await runCli(["search", " "], { env: { DATABASE_URL: db.url } });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      "tracewire: search: give the words to look for, e.g. tracewire search scam compound\n",
    );
  });

  it("exits 2 when the store file is not a database (store)", async () => {
    writeFileSync(db.path, "not a database, just text\n".repeat(200));
    const out = await runCli(["migrate"], { env: { DATABASE_URL: db.url } });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(new RegExp(`^tracewire: ${db.path}: `));
    expect(out.stderr).toMatch(/nothing was changed/);
  });
});
