import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const HOLDER = new URL("./sqlite-lock-holder.ts", import.meta.url).pathname;

/** Starts another process that holds the file's write lock for holdMs; resolves once it holds it. */
async function holdWriteLock(file: string, holdMs: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, file, String(holdMs)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (chunk: string) => {
    output += chunk;
  });
  while (!output.includes("locked\n")) {
    if (child.exitCode !== null) throw new Error(`lock holder exited early: ${output}`);
    await once(child.stdout as NodeJS.ReadableStream, "data");
  }
  return child;
}

describe("SQLite store while another process holds the write lock", () => {
  let db: ReturnType<typeof tempSqliteUrl> | undefined;
  let store: Store | undefined;
  let holder: ChildProcess | undefined;
  afterEach(async () => {
    if (holder && holder.exitCode === null) await once(holder, "exit");
    await store?.close();
    db?.cleanup();
  });

  it("keeps the event loop running, says what it waits for, and writes once the lock is released", async () => {
    db = tempSqliteUrl();
    store = await openStore(db.url);
    holder = await holdWriteLock(db.path, 2_000);

    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 10);
    let pending = true;
    let ticksWhilePending = 0;
    const waitedFor: (string | null)[] = [];
    const watcher = setInterval(() => {
      if (pending) {
        ticksWhilePending = ticks;
        waitedFor.push(store?.waitingFor() ?? null);
      }
    }, 100);
    try {
      const write = store.insertItems([buildItem(1)]).finally(() => {
        pending = false;
      });
      const stored = await write;
      expect(stored.map((item) => item.id)).toEqual([buildItem(1).id]);
    } finally {
      clearInterval(ticker);
      clearInterval(watcher);
    }
    // A blocked event loop (SQLite's synchronous busy handler) would leave the ticker at about zero.
    expect(ticksWhilePending).toBeGreaterThanOrEqual(20);
    expect(waitedFor).toContainEqual(
      expect.stringMatching(
        new RegExp(`^SQLite write lock on ${db.path} held by another process since \\d{4}-`),
      ),
    );
    expect(store.waitingFor()).toBeNull();
    expect(await store.countItems()).toBe(1);
  });
});
