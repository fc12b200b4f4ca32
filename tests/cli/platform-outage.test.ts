/**
 * Platform outages (issue 8): the stand-in Discord answers 503s and drops connections for a while, then a
 * storm of 429s; the stand-in Slack answers 429 with Retry-After. `tracewire poll` and `digest --now` are
 * one-shots (issue 14.2): each tries every target once and leaves what did not go in the outbox, and the runs
 * that follow deliver everything exactly once when the platforms recover. A webhook that answers 404 (unknown
 * webhook) is asked once, marked failing, and never hammered.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { postsPerStory, readStoryIndex, visibleText } from "../support/delivery-report.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli } from "../support/run-cli.js";

const CHANNEL = "C0OUTAGE001";
const WEBHOOK_ID = "423456789012345678";
const WEBHOOK_TOKEN = "d".repeat(68);
const GONE_ID = "523456789012345678";

let world: OutletWorld;
let slack: FakeSlack;
let discord: FakeDiscord;
let env: Record<string, string>;

beforeAll(async () => {
  slack = await startFakeSlack({ channels: [CHANNEL] });
  discord = await startFakeDiscord({ webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
  world = await startOutletWorld({
    env: { SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_API_URL: slack.apiUrl, DISCORD_API_URL: discord.apiUrl },
  });
  env = world.env;
  const webhook = (id: string, token: string) => `discord-webhook:${discord.url}/api/webhooks/${id}/${token}`;
  for (const args of [
    ["subscribe", webhook(WEBHOOK_ID, WEBHOOK_TOKEN), "--mode", "alert"],
    ["subscribe", webhook(GONE_ID, "e".repeat(68)), "--mode", "alert"],
    ["subscribe", `slack:${CHANNEL}`, "--mode", "digest"],
  ]) {
    expect((await runCli(args, { env })).code).toBe(0);
  }
});

afterAll(async () => {
  await Promise.all([world?.close(), slack?.close(), discord?.close()]);
});

async function pendingRows(): Promise<number> {
  const store = await openStore(env["DATABASE_URL"]!);
  try {
    return (await store.listOutbox({ state: "pending" })).length;
  } finally {
    await store.close();
  }
}

describe("Slack and Discord outages", () => {
  it("queue through 5xx, dropped connections and 429s, then deliver every story exactly once", async () => {
    discord.failNext(2, { drop: true });
    discord.failFor(4_000, { status: 503 });
    const poll = await runCli(["poll"], { env, timeoutMs: 180_000 });
    expect(poll.code).toBe(0);
    discord.failNext(3, { status: 429, retryAfter: 1.5 });
    slack.failNext(2, { status: 429, retryAfter: 1 });
    const again = await runCli(["poll"], { env, timeoutMs: 180_000 });
    expect(again.code).toBe(0);
    const digest = await runCli(["digest", "--now"], { env, timeoutMs: 180_000 });
    expect(digest.code).toBe(0);
    // What the one-shots queued goes out on the runs that follow, once Retry-After and the outage are over.
    for (let round = 0; round < 20 && (await pendingRows()) > 0; round++) {
      await sleep(2_000);
      expect((await runCli(["poll"], { env, timeoutMs: 180_000 })).code).toBe(0);
      expect((await runCli(["digest", "--now"], { env, timeoutMs: 180_000 })).code).toBe(0);
    }

    const index = await readStoryIndex(env);
    const alerts = discord.messages.filter((m) => m.via === "webhook").map((m) => visibleText(m.embeds));
    const digests = slack.messages.map((m) => visibleText([m.text, m.blocks]));
    const alertPosts = postsPerStory(index, alerts);
    const digestPosts = postsPerStory(index, digests);
    expect(alertPosts.size).toBeGreaterThan(10);
    expect([...alertPosts.values()].filter((n) => n > 1)).toEqual([]);
    expect([...digestPosts.keys()].sort()).toEqual([...alertPosts.keys()].sort());
    expect([...digestPosts.values()].filter((n) => n > 1)).toEqual([]);
    expect(discord.violations).toEqual([]);
    expect(slack.violations).toEqual([]);
  }, 400_000);

  it("stops asking a webhook that answered unknown webhook (404)", async () => {
    const before = discord.requests.filter((r) => r.path.includes(GONE_ID)).length;
    expect(before).toBeGreaterThan(0);
    expect((await runCli(["poll"], { env })).code).toBe(0);
    expect(discord.requests.filter((r) => r.path.includes(GONE_ID)).length).toBe(before);
  });

  it("shows the failing target and why in `tracewire subscriptions`", async () => {
    const out = await runCli(["subscriptions"], { env });
    expect(out.stdout).toMatch(/state failing \(.*(10015|Unknown Webhook|unknown webhook)/i);
    expect(out.stdout).not.toContain("e".repeat(68));
  });
});
