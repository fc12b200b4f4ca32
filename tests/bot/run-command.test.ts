/**
 * The runner both bots share (src/bot/run-command.ts), with a real SQLite store: what a channel's command
 * stores, and what it answers.
 */

import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { type BotContext, runBotCommand } from "../../src/bot/run-command.js";
import { loadEnv } from "../../src/config/load-env.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { openStore } from "../../src/store/open-store.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const CHANNEL = "slack:C0123ABCD";
const NOW = new Date("2026-11-25T06:00:00Z");

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function botContext(): Promise<BotContext> {
  const db = tempSqliteUrl();
  const env = loadEnv({ DATABASE_URL: db.url, TZ: "UTC" });
  const store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  return { store, env, feeds: [], logger: silentLogger() };
}

describe("runBotCommand", () => {
  it("subscribes the channel the command was typed in and says how to remove it", async () => {
    const ctx = await botContext();
    const reply = await runBotCommand(
      ctx,
      { name: "subscribe", options: { mode: "alert", countries: "KH" } },
      CHANNEL,
      NOW,
    );

    const [subscription] = await ctx.store.listSubscriptions();
    expect(subscription).toMatchObject({ target: CHANNEL, mode: "alert", createdAt: NOW.toISOString() });
    expect(subscription!.filter.countries).toEqual(["KH"]);
    expect(reply).toMatchObject({ kind: "text", title: "Subscribed" });
    expect(reply.kind === "text" && reply.lines[1]).toBe(
      `Remove it with /tracewire unsubscribe ${subscription!.id}`,
    );
  });

  it("does not let one channel remove another channel's subscription", async () => {
    const ctx = await botContext();
    await runBotCommand(ctx, { name: "subscribe", options: {} }, CHANNEL, NOW);
    const [subscription] = await ctx.store.listSubscriptions();

    const reply = await runBotCommand(
      ctx,
      { name: "unsubscribe", id: subscription!.id },
      "discord:123456789",
      NOW,
    );

    expect(reply).toMatchObject({ kind: "text", title: "tracewire: usage", problem: true });
    expect(await ctx.store.listSubscriptions()).toHaveLength(1);
  });

  it("answers a bad option with the problem and the usage, and stores nothing", async () => {
    const ctx = await botContext();
    const reply = await runBotCommand(
      ctx,
      { name: "subscribe", options: { mode: "sometimes" } },
      CHANNEL,
      NOW,
    );

    expect(reply).toMatchObject({ kind: "text", title: "tracewire: usage", problem: true });
    expect(reply.kind === "text" && reply.lines[0]).toContain('"sometimes"');
    expect(reply.kind === "text" && reply.lines[1]).toMatch(/^Usage: /);
    expect(await ctx.store.listSubscriptions()).toEqual([]);
  });
});

describe("runBotCommand: subscription set and resume", () => {
  it("edits and resumes a subscription of this channel, and no other channel's", async () => {
    const ctx = await botContext();
    const subscribed = await runBotCommand(
      ctx,
      { name: "subscribe", options: { mode: "alert" } },
      CHANNEL,
      NOW,
    );
    const [subscription] = await ctx.store.listSubscriptions();
    // No SLACK_BOT_TOKEN in this context: the reply says what the subscription waits for.
    expect(subscribed.kind === "text" && subscribed.lines).toContain(
      "waiting for SLACK_BOT_TOKEN: set it and restart the worker; stories wait meanwhile",
    );

    const elsewhere = await runBotCommand(
      ctx,
      { name: "subscription-set", id: subscription!.id, options: { countries: "KH" } },
      "discord:123456789",
      NOW,
    );
    expect(elsewhere).toMatchObject({ kind: "text", problem: true });
    expect((await ctx.store.getSubscription(subscription!.id))!.filter.countries).toEqual([]);

    const set = await runBotCommand(
      ctx,
      { name: "subscription-set", id: subscription!.id, options: { countries: "KH", quiet: "22:00-07:00" } },
      CHANNEL,
      NOW,
    );
    expect(set).toMatchObject({ kind: "text", title: "Subscription changed" });
    expect(await ctx.store.getSubscription(subscription!.id)).toMatchObject({
      id: subscription!.id,
      quiet: "22:00-07:00",
      filter: { countries: ["KH"] },
    });

    await ctx.store.setSubscriptionState(subscription!.id, "failing", "channel_not_found");
    const resumed = await runBotCommand(
      ctx,
      { name: "subscription-resume", id: subscription!.id },
      CHANNEL,
      NOW,
    );
    expect(resumed).toMatchObject({ kind: "text", title: "Subscription resumed" });
    expect(await ctx.store.getSubscription(subscription!.id)).toMatchObject({ state: "ok", lastError: null });
  });

  it("answers a bad option with the subscription usage line", async () => {
    const ctx = await botContext();
    await runBotCommand(ctx, { name: "subscribe", options: {} }, CHANNEL, NOW);
    const [subscription] = await ctx.store.listSubscriptions();
    const reply = await runBotCommand(
      ctx,
      { name: "subscription-set", id: subscription!.id, options: { quiet: "late" } },
      CHANNEL,
      NOW,
    );
    expect(reply).toMatchObject({ kind: "text", problem: true });
    expect(reply.kind === "text" && reply.lines[1]).toMatch(/^Usage: \/tracewire subscription set ID/);
  });

  it("answers a repeated subscribe with the subscription it already has, and stores nothing new", async () => {
    const ctx = await botContext();
    const command = { name: "subscribe", options: { mode: "alert", countries: "KH" } } as const;
    const first = await runBotCommand(ctx, command, CHANNEL, NOW);
    const again = await runBotCommand(ctx, command, CHANNEL, NOW);

    const subscriptions = await ctx.store.listSubscriptions();
    expect(subscriptions).toHaveLength(1);
    expect(first).toMatchObject({ kind: "text", title: "Subscribed" });
    expect(again).toMatchObject({ kind: "text", title: `Already subscribed (${subscriptions[0]!.id})` });
  });

  it("apologises with a reference the operator finds in the log, never the store's address", async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    cleanups.push(() => db.cleanup());
    const lines: string[] = [];
    const sink = new PassThrough();
    sink.on("data", (chunk: Buffer) => lines.push(chunk.toString("utf8")));
    const logger = createLogger({ level: "info", pretty: false, destination: sink });
    const ctx: BotContext = { store, env: loadEnv({ DATABASE_URL: db.url, TZ: "UTC" }), feeds: [], logger };
    await store.close(); // the store is gone: every command fails inside it

    const reply = await runBotCommand(ctx, { name: "search", query: "scam" }, CHANNEL, NOW);

    expect(reply).toMatchObject({ kind: "text", problem: true });
    const text = reply.kind === "text" ? reply.lines.join("\n") : "";
    const reference = /ref_[0-9a-f]{8}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    expect(text).not.toContain(db.url.replace(/^sqlite:/, ""));
    expect(text).not.toMatch(/sqlite|SELECT|database/i);
    await expect.poll(() => lines.join("")).toContain(reference!);
  });

  it("explains the search language in help", async () => {
    const ctx = await botContext();
    const reply = await runBotCommand(ctx, { name: "help" }, CHANNEL, NOW);
    const text = reply.kind === "text" ? reply.lines.join("\n") : "";
    for (const example of ['"scam compound"', "scam OR trafficking", "myanmar -thailand", "traffick*"]) {
      expect(text).toContain(example);
    }
  });
});
