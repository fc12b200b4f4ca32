import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { isDeadLocalOwner, ownerName, recoverCrashedWork } from "../../src/app/recover-crashed-work.js";
import { openStore } from "../../src/store/open-store.js";
import { tempSqliteUrl } from "../support/temp-db.js";

describe("isDeadLocalOwner", () => {
  it("knows a killed process on this host is dead", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const owner = ownerName(child.pid);
    expect(isDeadLocalOwner(owner)).toBe(false);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(isDeadLocalOwner(owner)).toBe(true);
  });

  it("never declares this process, another host or a malformed name dead", () => {
    expect(isDeadLocalOwner(ownerName())).toBe(false);
    expect(isDeadLocalOwner(`another-${hostname()}:999999:abc`)).toBe(false);
    expect(isDeadLocalOwner("replica-7")).toBe(false);
  });
});

describe("recoverCrashedWork", () => {
  it("treats a zombie owner as dead and releases its claims", async () => {
    // sh starts a background sleep, then becomes a long sleep that never reaps it: the short sleep's exit leaves
    // a zombie whose pid still answers signal 0.
    const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 30"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [chunk] = (await once(parent.stdout!, "data")) as [Buffer];
    const zombie = Number(chunk.toString("utf8").trim());
    try {
      let state = "";
      for (let i = 0; i < 100 && state !== "Z"; i++) {
        await sleep(50);
        const stat = readFileSync(`/proc/${zombie}/stat`, "utf8");
        state = stat.slice(stat.lastIndexOf(")") + 1).trim()[0] ?? "";
      }
      expect(state).toBe("Z");

      const db = tempSqliteUrl();
      const store = await openStore(db.url);
      try {
        const owner = ownerName(zombie);
        expect(await store.claimFeed("vod", owner, new Date(), 120_000)).toBe(true);
        expect(await store.listClaimOwners()).toEqual([owner]);
        await recoverCrashedWork(store);
        expect(await store.listClaimOwners()).toEqual([]);
        expect(await store.claimFeed("vod", ownerName(), new Date(), 120_000)).toBe(true);
      } finally {
        await store.close();
        db.cleanup();
      }
    } finally {
      parent.kill("SIGKILL");
    }
  });
});
