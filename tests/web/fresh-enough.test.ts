import { describe, expect, it } from "vitest";
import { freshEnough } from "../../src/web/fresh-enough.js";

describe("freshEnough", () => {
  it("loads once, answers the kept value while fresh, then refreshes behind the reader once it is stale", async () => {
    let clock = 0;
    let loads = 0;
    const get = freshEnough(
      async () => ++loads,
      () => new Date(clock),
      60_000,
    );
    expect(await get()).toBe(1);
    clock = 59_000;
    expect(await get()).toBe(1);
    clock = 61_000;
    // The stale value answers at once; the refresh it started lands for the next reader.
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    await Promise.resolve();
    expect(await get()).toBe(2);
    expect(loads).toBe(2);
  });

  it("keeps the old value when a refresh fails, and tries again on the next request", async () => {
    let clock = 0;
    let fail = false;
    let loads = 0;
    const get = freshEnough(
      async () => {
        loads += 1;
        if (fail) throw new Error("store unavailable");
        return loads;
      },
      () => new Date(clock),
      1_000,
    );
    expect(await get()).toBe(1);
    fail = true;
    clock = 2_000;
    expect(await get()).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(await get()).toBe(1);
    expect(loads).toBe(3);
  });
});
