import { describe, expect, it } from "vitest";
import { createRouteBatcher, type RouteBatcherOptions } from "../../src/worker/route-batcher.js";

/** A router that records each batch it is given and answers with the batch's size. */
function recordingRouter() {
  const batches: string[][] = [];
  let active = 0;
  let overlapped = false;
  return {
    batches,
    overlapped: () => overlapped,
    async routeItems(ids: string[]): Promise<number> {
      active += 1;
      if (active > 1) overlapped = true;
      batches.push([...ids]);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      return ids.length;
    },
  };
}

/** A batcher over the router; alone (no other poll busy), gathering up to a minute, 500 items a batch. */
function batcherFor(
  router: { routeItems: (ids: string[]) => Promise<number> },
  options: Partial<RouteBatcherOptions> = {},
) {
  return createRouteBatcher({
    routeItems: router.routeItems,
    othersBusy: () => false,
    gatherMs: 60_000,
    maxItems: 500,
    ...options,
  });
}

describe("routing the items of polls that finish together", () => {
  it("routes a lone poll's items at once when no other poll is under way", async () => {
    const router = recordingRouter();
    const batcher = batcherFor(router);
    expect(await batcher.route(["a", "b"])).toBe(2);
    expect(router.batches).toEqual([["a", "b"]]);
  });

  it("routes the items of polls that finish while others run in one batch once the last one is in", async () => {
    const router = recordingRouter();
    let busy = 3;
    const batcher = batcherFor(router, { othersBusy: () => busy > 0 });
    busy -= 1;
    const first = batcher.route(["a1", "a2"]);
    busy -= 1;
    const second = batcher.route(["b1"]);
    busy -= 1;
    const third = batcher.route(["c1"]);
    expect(await Promise.all([first, second, third])).toEqual([4, 4, 4]);
    expect(router.batches).toEqual([["a1", "a2", "b1", "c1"]]);
  });

  it("routes waiting items when the last poll ends without new items", async () => {
    const router = recordingRouter();
    let busy = true;
    const batcher = batcherFor(router, { othersBusy: () => busy });
    const waiting = batcher.route(["a"]);
    busy = false;
    batcher.flush();
    expect(await waiting).toBe(1);
    expect(router.batches).toEqual([["a"]]);
  });

  it("does not keep items waiting longer than the gathering time while other polls go on", async () => {
    const router = recordingRouter();
    const batcher = batcherFor(router, { othersBusy: () => true, gatherMs: 10 });
    expect(await batcher.route(["a"])).toBe(1);
    expect(router.batches).toEqual([["a"]]);
  });

  it("routes a full batch at once and starts a new one for later items", async () => {
    const router = recordingRouter();
    let busy = true;
    const batcher = batcherFor(router, { othersBusy: () => busy, maxItems: 3 });
    const full = batcher.route(["a", "b", "c"]);
    const later = batcher.route(["d"]);
    expect(await full).toBe(3);
    busy = false;
    batcher.flush();
    expect(await later).toBe(1);
    expect(router.batches).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("never runs two routings at once", async () => {
    const router = recordingRouter();
    const batcher = batcherFor(router);
    await Promise.all([batcher.route(["a"]), batcher.route(["b"]), batcher.route(["c"])]);
    expect(router.batches).toEqual([["a"], ["b"], ["c"]]);
    expect(router.overlapped()).toBe(false);
  });

  it("passes a routing failure to the polls of that batch only", async () => {
    let calls = 0;
    const batcher = createRouteBatcher({
      routeItems: async (ids) => {
        calls += 1;
        if (calls === 1) throw new Error("store is locked");
        return ids.length;
      },
      othersBusy: () => false,
      gatherMs: 60_000,
      maxItems: 500,
    });
    await expect(batcher.route(["a"])).rejects.toThrow("store is locked");
    expect(await batcher.route(["b", "c"])).toBe(2);
  });
});
