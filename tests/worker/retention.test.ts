/**
 * The worker and TRACEWIRE_RETENTION_DAYS (issue 21): it prunes old non-relevant items at its first minute tick,
 * then about once an hour, and logs what it removed; without the variable it prunes nothing. Real SQLite file,
 * real pino logger into memory, controllable clock.
 */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/log.js";
import { startScheduler } from "../../src/worker/scheduler.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { createClock } from "../support/clock.js";
import { createWorkerContext, type WorkerContext } from "./worker-context.js";

const START = "2026-11-25T06:00:00Z";
const DAY_MS = 86_400_000;

let w: WorkerContext | undefined;
afterEach(async () => {
  await w?.cleanup();
  w = undefined;
});

/** A real pino logger at info writing JSON lines into memory. */
function captureLog() {
  const sink = new PassThrough();
  let text = "";
  sink.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const logger = createLogger({ level: "info", pretty: false, destination: sink });
  const messages = () =>
    text
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
  return { logger, pruned: () => messages().filter((msg) => msg.startsWith("pruned ")) };
}

/** Stores non-relevant items published and first seen `days` days before `at`. */
async function storeOld(w: WorkerContext, indexes: number[], at: Date, days: number): Promise<void> {
  const when = new Date(at.getTime() - days * DAY_MS).toISOString();
  const items = indexes.map((n) => buildItem(n, { publishedAt: when, firstSeenAt: when }));
  await w.ctx.store.insertItems(items, () => buildClassification({ relevant: false }));
}

describe("the worker's retention", () => {
  it("prunes at its first minute tick and again an hour later, logging what it removed", async () => {
    w = await createWorkerContext([], { TRACEWIRE_RETENTION_DAYS: "90" });
    const clock = createClock(START);
    const log = captureLog();
    await storeOld(w, [84, 85], clock.now(), 120);
    await storeOld(w, [86], clock.now(), 30);
    const scheduler = startScheduler({ ...w.ctx, logger: log.logger }, { now: clock.now, cron: false });
    try {
      await scheduler.runMinuteTick();
      await vi.waitFor(() =>
        expect(log.pruned()).toEqual(["pruned 2 non-relevant items older than 90 days"]),
      );
      expect(await w.ctx.store.countItems()).toBe(1);

      await storeOld(w, [87], clock.now(), 100);
      clock.advance(10 * 60_000);
      await scheduler.runMinuteTick();
      expect(await w.ctx.store.countItems()).toBe(2);

      clock.advance(50 * 60_000);
      await scheduler.runMinuteTick();
      await vi.waitFor(() => expect(log.pruned()).toHaveLength(2));
      await scheduler.stop();
      // Two prunes in the hour, not three: the tick ten minutes in left the item of 100 days for the hourly one.
      expect(log.pruned()).toEqual([
        "pruned 2 non-relevant items older than 90 days",
        "pruned 1 non-relevant item older than 90 days",
      ]);
      expect(await w.ctx.store.countItems()).toBe(1);
    } finally {
      await scheduler.stop();
    }
  });

  it("keeps everything when TRACEWIRE_RETENTION_DAYS is not set", async () => {
    w = await createWorkerContext([]);
    const clock = createClock(START);
    const log = captureLog();
    await storeOld(w, [88], clock.now(), 3_000);
    const scheduler = startScheduler({ ...w.ctx, logger: log.logger }, { now: clock.now, cron: false });
    await scheduler.runMinuteTick();
    await scheduler.stop();
    expect(log.pruned()).toEqual([]);
    expect(await w.ctx.store.countItems()).toBe(1);
  });
});
