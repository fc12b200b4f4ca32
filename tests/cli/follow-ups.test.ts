/**
 * Follow-ups in the alert's thread (issue 19), end to end: two outlets' feeds on loopback, one outlet's report
 * alerted on the first poll, the other outlet's report of the same event in the next poll. Through the real CLI
 * and the real Slack and Discord clients, against stand-ins that check every request against the official
 * specs and limits: Slack's follow-up carries the alert's thread_ts, Discord's goes into a thread started on
 * the alert, a Slack incoming webhook gets one update line, and a subscription with --follow-ups off gets nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { runCli } from "../support/run-cli.js";

/** tests/stories/fixtures/story-clusters.json, cluster 3: two outlets' reports of one event (4 Feb 2025). */
interface ClusterItem {
  title: string;
  summary: string;
  outlet: string;
  url: string;
}
const clusters = JSON.parse(
  readFileSync(join(import.meta.dirname, "../stories/fixtures/story-clusters.json"), "utf8"),
) as { clusters: { items: ClusterItem[] }[] };
const [first, second] = clusters.clusters[2]!.items as [ClusterItem, ClusterItem];

const SLACK_CHANNEL = "C0FOLLOWUP1";
const SLACK_OFF = "C0NOFOLLOW1";
const SLACK_MARKED = "C0MARKEDNR1";
const DISCORD_CHANNEL = "1234567890123456789";
const DISCORD_TOKEN = "discord-test-bot-token-0001";

function rss(items: ClusterItem[], now: Date): string {
  const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const entries = items.map(
    (item) =>
      `<item><title>${xml(item.title)}</title><link>${xml(item.url)}</link>` +
      `<guid isPermaLink="false">${xml(item.url)}</guid><description>${xml(item.summary)}</description>` +
      `<pubDate>${new Date(now.getTime() - 3_600_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>t</description>${entries.join("")}</channel></rss>\n`;
}

describe("a second outlet's report of an alerted story", () => {
  let server: FeedServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dir: string;
  let env: Record<string, string>;
  let webhookChannel: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord({ token: DISCORD_TOKEN });
    server = await startFeedServer();
    const now = new Date();
    server.setRoute("/first.xml", { body: rss([first], now), contentType: "application/rss+xml" });
    server.setRoute("/second.xml", { body: rss([], now), contentType: "application/rss+xml" });
    dir = mkdtempSync(join(tmpdir(), "tracewire-follow-ups-"));
    writeFileSync(
      join(dir, "feeds.json"),
      JSON.stringify({
        feeds: [
          { id: "first", outlet: "Reuters", url: server.url("/first.xml") },
          { id: "second", outlet: "ABC", url: server.url("/second.xml") },
        ],
      }),
    );
    env = {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
      TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
    };
    webhookChannel = "C0WEBHOOKFU";
    for (const args of [
      ["subscribe", `slack:${SLACK_CHANNEL}`, "--mode", "alert", "--scope", "all"],
      ["subscribe", `discord:${DISCORD_CHANNEL}`, "--mode", "alert", "--scope", "all"],
      ["subscribe", `slack-webhook:${slack.webhookUrl(webhookChannel)}`, "--mode", "alert", "--scope", "all"],
      ["subscribe", `slack:${SLACK_OFF}`, "--mode", "alert", "--scope", "all", "--follow-ups", "off"],
      ["subscribe", `slack:${SLACK_MARKED}`, "--mode", "alert", "--scope", "all"],
    ]) {
      const out = await runCli(args, { env });
      expect(out.stderr).toBe("");
      expect(out.code).toBe(0);
    }
    expect((await runCli(["poll"], { env })).code).toBe(0);
    // An editor of one channel marks the alert not relevant (issue 20): that channel gets no follow-up.
    const store = await openStore(env["DATABASE_URL"] as string);
    try {
      const marked = (await store.listSubscriptions()).find((s) => s.target === `slack:${SLACK_MARKED}`);
      const [row] = await store.listOutbox({ subscriptionId: marked?.id ?? "", state: "sent" });
      const [story] = await store.getStories([row?.storyId ?? ""]);
      await store.toggleFeedback({
        storyId: story?.id ?? "",
        itemId: story?.lead.id ?? "",
        subscriptionId: marked?.id ?? "",
        channel: `slack:${SLACK_MARKED}`,
        platform: "slack",
        userId: "U0EDITOR01",
        kind: "not_relevant",
        classifierVersion: story?.lead.classification?.version ?? null,
        createdAt: new Date().toISOString(),
      });
    } finally {
      await store.close();
    }
    server.setRoute("/second.xml", { body: rss([second], now), contentType: "application/rss+xml" });
    const again = await runCli(["poll"], { env });
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([server?.close(), slack?.close(), discord?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("breaks no platform rule and pings nobody", () => {
    expect(slack.violations).toEqual([]);
    expect(discord.violations).toEqual([]);
    expect(slack.pings).toEqual([]);
    expect(discord.pings).toEqual([]);
  });

  it("Slack: the follow-up is a reply carrying the alert's thread_ts", () => {
    const posts = slack.messages.filter((m) => m.channel === SLACK_CHANNEL);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body["thread_ts"]).toBeUndefined();
    expect(JSON.stringify(posts[0]!.blocks)).toContain(first.url);
    expect(posts[1]!.body["thread_ts"]).toBe(posts[0]!.ts);
    expect(JSON.stringify(posts[1]!.blocks)).toContain(second.url);
  });

  it("Discord: the follow-up goes into a thread started on the alert message", () => {
    const alert = discord.messages.find((m) => m.channel === DISCORD_CHANNEL);
    expect(alert).toBeDefined();
    expect(discord.messages.filter((m) => m.channel === DISCORD_CHANNEL)).toHaveLength(1);
    const thread = discord.threads.get(alert!.id);
    expect(thread?.parentChannel).toBe(DISCORD_CHANNEL);
    const inThread = discord.messages.filter((m) => m.channel === alert!.id);
    expect(inThread).toHaveLength(1);
    expect(JSON.stringify(inThread[0]!.embeds)).toContain(second.url);
  });

  it("a Slack incoming webhook gets one compact update line", () => {
    const posts = slack.messages.filter((m) => m.channel === webhookChannel);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.text).toMatch(/^Update · 1 new report on/);
    expect(JSON.stringify(posts[1]!.blocks)).toContain(second.url);
  });

  it("--follow-ups off posts nothing for the follow-up", () => {
    expect(slack.messages.filter((m) => m.channel === SLACK_OFF)).toHaveLength(1);
  });

  it("a channel that marked the story not relevant gets no follow-up; the others still do", () => {
    expect(slack.messages.filter((m) => m.channel === SLACK_MARKED)).toHaveLength(1);
    expect(slack.messages.filter((m) => m.channel === SLACK_CHANNEL)).toHaveLength(2);
  });
});
