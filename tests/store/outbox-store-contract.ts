/**
 * The OutboxStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): each
 * (subscription, story) queued once, claimed by one owner at a time, sent once, retried or given up, and
 * handed back when its owner died.
 */
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { buildSubscription } from "../support/build-item.js";
import { at, freshStoreEachTest, type MakeStore, NOW } from "./store-under-test.js";

/** Runs the OutboxStore contract against stores made by `makeStore`. */
export function describeOutboxStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("outbox", () => {
      const entry = (
        storyId: string,
        minutes = 0,
        subscriptionId = "sub-1",
        mode: "digest" | "alert" = "alert",
      ) => ({
        subscriptionId,
        storyId,
        mode,
        notBefore: at(minutes).toISOString(),
      });
      const claim = (
        owner: string,
        minutes: number,
        extra: Partial<Parameters<Store["claimOutbox"]>[0]> = {},
      ) => s.store.claimOutbox({ now: at(minutes), owner, leaseMs: 60_000, limit: 10, ...extra });

      it("enqueues each (subscription, story) once", async () => {
        expect(await s.store.enqueue([entry("s1"), entry("s2")])).toBe(2);
        expect(await s.store.enqueue([entry("s1"), entry("s3"), entry("s1", 0, "sub-2")])).toBe(2);
        expect(await s.store.enqueue([])).toBe(0);
        const rows = await s.store.listOutbox({});
        expect(rows.map((r) => [r.subscriptionId, r.storyId, r.state, r.attempts])).toEqual([
          ["sub-1", "s1", "pending", 0],
          ["sub-1", "s2", "pending", 0],
          ["sub-1", "s3", "pending", 0],
          ["sub-2", "s1", "pending", 0],
        ]);
      });

      it("hands each due row to one claimer, oldest first, and waits for notBefore", async () => {
        await s.store.enqueue([entry("s1"), entry("s2"), entry("quiet-hours", 30)]);
        const first = await claim("replica-a", 1, { leaseMs: 3_600_000 });
        expect(first.map((r) => [r.storyId, r.state])).toEqual([
          ["s1", "sending"],
          ["s2", "sending"],
        ]);
        expect(await claim("replica-b", 1)).toEqual([]);
        expect((await claim("replica-b", 31)).map((r) => r.storyId)).toEqual(["quiet-hours"]);
      });

      it("lets another replica reclaim a row whose lease expired (crash recovery)", async () => {
        await s.store.enqueue([entry("s1")]);
        const [row] = await claim("crashed", 0);
        expect(await claim("replica-b", 0.5)).toEqual([]);
        const reclaimed = await claim("replica-b", 1.5);
        expect(reclaimed.map((r) => [r.id, r.state, r.attempts])).toEqual([[row!.id, "sending", 0]]);
      });

      it("claims only the subscription and mode asked for, up to the limit", async () => {
        await s.store.enqueue([
          entry("s1"),
          entry("s2", 0, "sub-2"),
          entry("s3", 0, "sub-2", "digest"),
          entry("s4"),
        ]);
        expect((await claim("a", 1, { subscriptionId: "sub-2" })).map((r) => r.storyId)).toEqual([
          "s2",
          "s3",
        ]);
        expect(await claim("a", 1, { mode: "digest" })).toEqual([]);
        expect((await claim("a", 1, { limit: 1 })).map((r) => r.storyId)).toEqual(["s1"]);
      });

      it("sends a row once: a sent row is never claimed again", async () => {
        await s.store.enqueue([entry("s1")]);
        const [row] = await claim("a", 0);
        await s.store.markSent([row!.id], "1717243200.000100", at(0.1));
        expect(await claim("b", 10)).toEqual([]);
        const [sent] = await s.store.listOutbox({ state: "sent" });
        expect(sent).toMatchObject({
          id: row!.id,
          state: "sent",
          messageId: "1717243200.000100",
          sentAt: at(0.1).toISOString(),
          lastError: null,
        });
      });

      it("retries later, counting failures but not rate-limit waits", async () => {
        await s.store.enqueue([entry("s1")]);
        const [row] = await claim("a", 0);
        await s.store.markRetry([row!.id], at(5), "Slack answered 429 (retry after 300 s)", true);
        let [pending] = await s.store.listOutbox({ state: "pending" });
        expect(pending).toMatchObject({
          attempts: 0,
          notBefore: at(5).toISOString(),
          lastError: expect.any(String),
        });
        expect(await claim("a", 4)).toEqual([]);
        await claim("a", 5);
        await s.store.markRetry([row!.id], at(10), "Slack answered 503", false);
        [pending] = await s.store.listOutbox({ state: "pending" });
        expect(pending?.attempts).toBe(1);
        expect(pending?.lastError).toBe("Slack answered 503");
      });

      it("gives up on rows whose target is gone", async () => {
        await s.store.enqueue([entry("s1"), entry("s2")]);
        const rows = await claim("a", 0);
        await s.store.markFailed(
          rows.map((r) => r.id),
          "Discord says Unknown Channel",
        );
        expect(await claim("b", 100)).toEqual([]);
        expect((await s.store.listOutbox({ state: "failed" })).map((r) => r.lastError)).toEqual([
          "Discord says Unknown Channel",
          "Discord says Unknown Channel",
        ]);
      });

      it("drops undelivered rows with their subscription and keeps the delivery history", async () => {
        await s.store.addSubscription(buildSubscription());
        await s.store.enqueue([entry("s1"), entry("s2")]);
        const [first] = await claim("a", 0, { limit: 1 });
        await s.store.markSent([first!.id], null, NOW);
        await s.store.removeSubscription("sub-1");
        expect(
          (await s.store.listOutbox({ subscriptionId: "sub-1" })).map((r) => [r.storyId, r.state]),
        ).toEqual([["s1", "sent"]]);
      });

      it("imports delivery history as it was, and a row caught mid-send is claimable again", async () => {
        const base = {
          subscriptionId: "sub-1",
          mode: "alert" as const,
          createdAt: NOW.toISOString(),
          lastError: null,
        };
        const history = [
          {
            ...base,
            id: 7,
            storyId: "s-sent",
            state: "sent" as const,
            attempts: 1,
            notBefore: NOW.toISOString(),
            sentAt: at(1).toISOString(),
            messageId: "1717243200.000100",
          },
          {
            ...base,
            id: 8,
            storyId: "s-sending",
            state: "sending" as const,
            attempts: 2,
            notBefore: NOW.toISOString(),
            sentAt: null,
            messageId: null,
          },
        ];
        expect(await s.store.importOutbox(history)).toBe(2);
        expect(await s.store.importOutbox(history)).toBe(0);
        const rows = await s.store.listOutbox({});
        expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual(history.map(({ id: _id, ...rest }) => rest));
        expect((await claim("a", 2)).map((r) => [r.storyId, r.attempts])).toEqual([["s-sending", 2]]);
      });

      it("hands a dead process's leases and claims back at once, attempts unchanged", async () => {
        await s.store.enqueue([entry("s1"), entry("s2"), entry("s3")]);
        await claim("host:111:dead", 0, { limit: 2 });
        await claim("host:222:alive", 0, { limit: 1 });
        await s.store.claimFeed("dw", "host:111:dead", NOW, 600_000);
        await s.store.claimFeed("voa", "host:333:polling", NOW, 600_000);
        expect(await s.store.listClaimOwners()).toEqual([
          "host:111:dead",
          "host:222:alive",
          "host:333:polling",
        ]);
        expect(await s.store.releaseClaims(["host:111:dead"])).toBe(2);
        expect(await s.store.releaseClaims([])).toBe(0);
        expect(await s.store.listClaimOwners()).toEqual(["host:222:alive", "host:333:polling"]);
        expect(await s.store.claimFeed("dw", "host:444:new", at(1), 600_000)).toBe(true);
        expect(await s.store.claimFeed("voa", "host:444:new", at(1), 600_000)).toBe(false);
        const resumed = await claim("host:444:new", 0.5);
        expect(resumed.map((r) => [r.storyId, r.attempts])).toEqual([
          ["s1", 0],
          ["s2", 0],
        ]);
      });

      it("never hands the same row to two stores on one database", async () => {
        const other = await s.openAnother();
        await s.store.enqueue([entry("s1"), entry("s2"), entry("s3")]);
        const mine = await claim("a", 0, { limit: 2 });
        const theirs = await other.claimOutbox({ now: at(0), owner: "b", leaseMs: 60_000, limit: 10 });
        expect(mine.map((r) => r.storyId)).toEqual(["s1", "s2"]);
        expect(theirs.map((r) => r.storyId)).toEqual(["s3"]);
      });
    });
  });
}
