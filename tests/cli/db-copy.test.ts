/**
 * `tracewire db copy` (issue 7): an archive built on SQLite moves to Postgres with its items,
 * classifications, stories, feed health, subscriptions and delivery history — so nothing is sent twice
 * after the move. `tracewire db optimize` tidies either store after such a bulk write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli } from "../support/run-cli.js";
import { startTestPostgres, type TestPostgres } from "../support/temp-db.js";

let world: OutletWorld;
let postgres: TestPostgres;
let target: string;
let pgEnv: Record<string, string>;

function rows(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  world = await startOutletWorld();
  postgres = await startTestPostgres();
  target = await postgres.createDatabase();
  pgEnv = { ...world.env, DATABASE_URL: target };
  expect((await runCli(["subscribe", "console", "--mode", "digest"], { env: world.env })).code).toBe(0);
  expect((await runCli(["poll"], { env: world.env })).code).toBe(0);
  const digest = await runCli(["digest", "--now"], { env: world.env });
  expect(digest.stdout).toMatch(/digest: [1-9]\d* stories/);
}, 120_000);

afterAll(async () => {
  await world?.close();
  if (target) await postgres.dropDatabase(target);
  await postgres?.stop();
});

describe("tracewire db copy", () => {
  it("moves everything, and a digest after the move sends nothing twice", async () => {
    const from = world.env["DATABASE_URL"]!;
    const copy = await runCli(["db", "copy", "--from", from, "--to", target], { env: world.env });
    expect(copy.stderr).toBe("");
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(/^copied \d+ items, 1 subscriptions, \d+ deliveries, 6 feed states/);

    const sqliteExport = rows((await runCli(["export", "--format", "jsonl"], { env: world.env })).stdout);
    const pgExport = rows((await runCli(["export", "--format", "jsonl"], { env: pgEnv })).stdout);
    const byId = (list: Record<string, unknown>[]) =>
      [...list].sort((a, b) => String(a["id"]).localeCompare(String(b["id"])));
    expect(byId(pgExport)).toEqual(byId(sqliteExport));

    const feeds = JSON.parse((await runCli(["feeds", "--json"], { env: pgEnv })).stdout) as {
      state: string;
    }[];
    expect(feeds.every((f) => f.state === "ok")).toBe(true);
    const subscriptions = await runCli(["subscriptions"], { env: pgEnv });
    expect(subscriptions.stdout).toMatch(/console/);

    const again = await runCli(["digest", "--now"], { env: pgEnv });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/digest: 0 stories in 0 messages/);
  });

  it("refuses an unknown destination with a clear message and exit 2", async () => {
    const out = await runCli(["db", "copy", "--from", world.env["DATABASE_URL"]!, "--to", "mysql://x/y"], {
      env: world.env,
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/DATABASE_URL|expected sqlite:PATH/);
  });
});

describe("tracewire db optimize", () => {
  it("tidies both stores and search answers the same afterwards", async () => {
    for (const env of [world.env, pgEnv]) {
      const before = await runCli(["search", "scam", "--json"], { env });
      const optimize = await runCli(["db", "optimize"], { env });
      expect(optimize.stderr).toBe("");
      expect(optimize.code).toBe(0);
      expect(optimize.stdout).toMatch(/^optimized the (sqlite|postgres) store in \d+\.\d s/);
      const after = await runCli(["search", "scam", "--json"], { env });
      expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
      expect(JSON.parse(after.stdout).length).toBeGreaterThan(0);
    }
  });
});
