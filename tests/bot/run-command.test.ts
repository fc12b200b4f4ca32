/**
 * The runner both bots share (src/bot/run-command.ts), with a real SQLite store: what a channel's command
 * stores, and what it answers.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type BotContext, runBotCommand } from "../../src/bot/run-command.js";
import { loadEnv } from "../../src/config/load-env.js";
import { silentLogger } from "../../src/log.js";
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
