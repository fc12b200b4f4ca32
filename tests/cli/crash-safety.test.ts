/**
 * Crash safety (issue 8): `tracewire poll` is killed with SIGKILL at random moments while it delivers
 * alerts to a (slow) stand-in Discord webhook, again and again; a final poll resumes. Every alert that was
 * due arrives, and each crash repeats at most the one message that was in flight.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli, startCli } from "../support/run-cli.js";

const WEBHOOK_ID = "223456789012345678";
const WEBHOOK_TOKEN = "b".repeat(68);

let world: OutletWorld;
let discord: FakeDiscord;
let env: Record<string, string>;

beforeAll(async () => {
  discord = await startFakeDiscord({ webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
  world = await startOutletWorld({ env: { DISCORD_API_URL: discord.apiUrl } });
  env = world.env;
  const target = `discord-webhook:${discord.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`;
  expect((await runCli(["subscribe", target, "--mode", "alert", "--scope", "all"], { env })).code).toBe(0);
});

afterAll(async () => {
  await Promise.all([world?.close(), discord?.close()]);
});

describe("kill -9 in the middle of delivering alerts", () => {
  it("loses nothing and repeats at most one message per crash", async () => {
    // Every webhook call takes 120 ms, so a poll spends seconds delivering: kills land mid-delivery.
    discord.failFor(10 * 60_000, { delayMs: 120 });
    let crashes = 0;
    const started = Date.now();
    while (crashes < 8 && Date.now() - started < 60_000) {
      const before = discord.messages.length;
      const { child, result } = startCli(["poll"], { env });
      // Wait until delivery is under way, then kill at a random moment of it.
      while (discord.messages.length === before && child.exitCode === null && Date.now() - started < 90_000) {
        await sleep(25);
      }
      await sleep(Math.random() * 1500);
      const killed = child.kill("SIGKILL");
      await result;
      if (killed && child.signalCode === "SIGKILL") crashes++;
      else break; // the poll finished before the kill: everything is delivered
    }
    const resumed = await runCli(["poll"], { env, timeoutMs: 120_000 });
    expect(resumed.code).toBe(0);

    const byStory = new Map<string, number>();
    for (const message of discord.messages) {
      const key = JSON.stringify((message.embeds[0] as { url?: string; title?: string }) ?? message.content);
      byStory.set(key, (byStory.get(key) ?? 0) + 1);
    }
    const repeats = [...byStory.values()].reduce((n, count) => n + count - 1, 0);
    expect(crashes).toBeGreaterThan(0);
    expect(repeats).toBeLessThanOrEqual(crashes);

    const exported = await runCli(["export", "--format", "jsonl", "--relevant"], { env });
    const stories = new Set(
      exported.stdout
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { story: string }).story),
    );
    expect(byStory.size).toBe(stories.size);
    const again = await runCli(["poll"], { env });
    expect(again.code).toBe(0);
    expect(discord.messages.length).toBe([...byStory.values()].reduce((a, b) => a + b, 0));
  }, 240_000);
});
