/**
 * `tracewire prune` through the real CLI (issue 21): off unless --days or TRACEWIRE_RETENTION_DAYS says how long
 * to keep non-relevant items; --days wins over the variable.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { runCli } from "../support/run-cli.js";

let dir: string;
let env: Record<string, string>;

/** Stores a non-relevant item `days` days old, and returns its id. */
async function storeItemAged(index: number, days: number): Promise<string> {
  const store = await openStore(env.DATABASE_URL!);
  try {
    await store.migrate();
    const at = new Date(Date.now() - days * 86_400_000).toISOString();
    const item = buildItem(index, { publishedAt: at, firstSeenAt: at });
    await store.insertItems([item], () => buildClassification({ relevant: false }));
    return item.id;
  } finally {
    await store.close();
  }
}

async function countItems(): Promise<number> {
  const store = await openStore(env.DATABASE_URL!);
  try {
    return await store.countItems();
  } finally {
    await store.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tw-prune-"));
  env = { DATABASE_URL: `sqlite:${join(dir, "t.db")}` };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("tracewire prune", () => {
  it("says retention is off and keeps everything when neither --days nor TRACEWIRE_RETENTION_DAYS is set", async () => {
    await storeItemAged(80, 400);
    const out = await runCli(["prune"], { env });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("retention is off");
    expect(await countItems()).toBe(1);
  });

  it("prunes by TRACEWIRE_RETENTION_DAYS, and --days overrides it", async () => {
    await storeItemAged(81, 100);
    await storeItemAged(82, 40);
    const byEnv = await runCli(["prune"], { env: { ...env, TRACEWIRE_RETENTION_DAYS: "90" } });
    expect(byEnv.code).toBe(0);
    expect(byEnv.stdout.trim()).toBe("pruned 1 non-relevant item older than 90 days");
    const byFlag = await runCli(["prune", "--days", "30"], {
      env: { ...env, TRACEWIRE_RETENTION_DAYS: "90" },
    });
    expect(byFlag.stdout.trim()).toBe("pruned 1 non-relevant item older than 30 days");
    expect(await countItems()).toBe(0);
  });

  it("refuses --days that is not a whole number of at least 1 with exit 2", async () => {
    const out = await runCli(["prune", "--days", "0"], { env });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--days: expected a whole number of at least 1, got "0"');
  });
});
