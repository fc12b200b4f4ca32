/**
 * The weekly briefing end to end (issue 19): three feeds on loopback — one with this week's real headlines, one
 * whose items are dated 40 days ago (silent), one answering 500 (failing) — polled into a real SQLite store by
 * the real CLI; then `tracewire briefing --now` sends to a Slack channel (the external upload flow, shared to
 * the channel), a Discord channel (one multipart message with the chart as an attachment) and a Slack incoming
 * webhook (the numbers as a table and a link to the trends page). The stand-ins check every request against
 * the specs and the limits; the PNG is decoded and its size read from its IHDR chunk.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { headlineRss } from "../support/headline-rss.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";

const SLACK_CHANNEL = "C0BRIEFING1";
const WEBHOOK_CHANNEL = "C0BRIEFHOOK";
const DISCORD_CHANNEL = "1234567890123456700";
const DISCORD_TOKEN = "discord-test-bot-token-0001";
const DAY_MS = 86_400_000;

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("tracewire briefing --now", () => {
  let server: FeedServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dir: string;
  let env: Record<string, string>;
  let sent: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord({ token: DISCORD_TOKEN });
    server = await startFeedServer();
    const now = new Date();
    const relevant = loadHeadlines().filter((h) => h.label === "sea_trafficking");
    const items = (from: number, count: number, prefix: string) =>
      relevant.slice(from, from + count).map((headline, i) => ({
        headline,
        link: `https://news.example.org/${prefix}/${i}`,
        guid: `${prefix}-${i}`,
      }));
    server.setRoute("/fresh.xml", {
      body: headlineRss("fresh", items(0, 8, "fresh"), now),
      contentType: "application/rss+xml",
    });
    server.setRoute("/old.xml", {
      body: headlineRss("old", items(8, 5, "old"), new Date(now.getTime() - 40 * DAY_MS)),
      contentType: "application/rss+xml",
    });
    server.setRoute("/broken.xml", { status: 500, body: "upstream exploded" });
    dir = mkdtempSync(join(tmpdir(), "tracewire-briefing-"));
    writeFileSync(
      join(dir, "feeds.json"),
      JSON.stringify({
        feeds: [
          { id: "fresh-news", outlet: "Fresh Wire", url: server.url("/fresh.xml") },
          { id: "quiet-office", outlet: "Quiet Office", url: server.url("/old.xml") },
          { id: "broken-desk", outlet: "Broken Desk", url: server.url("/broken.xml") },
        ],
      }),
    );
    env = {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
      TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      TRACEWIRE_PUBLIC_URL: "https://news.example.org/archive",
    };
    for (const target of [
      `slack:${SLACK_CHANNEL}`,
      `discord:${DISCORD_CHANNEL}`,
      `slack-webhook:${slack.webhookUrl(WEBHOOK_CHANNEL)}`,
    ]) {
      const out = await runCli(["subscribe", target, "--mode", "briefing", "--scope", "all"], { env });
      expect(out.stderr).toBe("");
      expect(out.code).toBe(0);
    }
    await runCli(["poll"], { env });
    sent = await runCli(["briefing", "--now"], { env });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([server?.close(), slack?.close(), discord?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends every briefing subscription and exits 0", () => {
    expect(sent.stderr).toBe("");
    expect(sent.code).toBe(0);
    expect(sent.stdout.match(/^briefing sub_\w+: sent to /gm)).toHaveLength(3);
  });

  it("breaks no platform rule and pings nobody", () => {
    expect(slack.violations).toEqual([]);
    expect(discord.violations).toEqual([]);
    expect(slack.pings).toEqual([]);
    expect(discord.pings).toEqual([]);
  });

  it("Slack: uploads a PNG at least 1,000 px wide through the external flow, shared to the channel", () => {
    const flow = slack.requests.map((r) => r.path).filter((p) => /files\.|\/upload\//.test(p));
    expect(flow).toEqual([
      "/api/files.getUploadURLExternal",
      expect.stringMatching(/^\/upload\/F/),
      "/api/files.completeUploadExternal",
    ]);
    expect(slack.files).toHaveLength(1);
    const file = slack.files[0]!;
    expect(file.channel).toBe(SLACK_CHANNEL);
    expect(file.filename).toBe("chart.png");
    expect(pngSize(file.bytes!).width).toBeGreaterThanOrEqual(1000);
    const posts = slack.messages.filter((m) => m.channel === SLACK_CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.method).toBe("files.completeUploadExternal");
  });

  it("its text names the failing feed and the feed silent for 40 days", () => {
    const text = JSON.stringify(slack.messages.find((m) => m.channel === SLACK_CHANNEL)!.blocks);
    expect(text).toMatch(/failing: Broken Desk \(broken-desk\)[^"]*HTTP 500/);
    expect(text).toMatch(/silent: Quiet Office \(quiet-office\) no new item for 40 d/);
    expect(text).toContain("Most carried");
  });

  it("Discord: one multipart message with the chart as an attachment its embed shows", () => {
    const posts = discord.messages.filter((m) => m.channel === DISCORD_CHANNEL);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post!.files.map((f) => [f.field, f.filename, f.contentType])).toEqual([
      ["files[0]", "chart.png", "image/png"],
    ]);
    expect(pngSize(post!.files[0]!.bytes).width).toBeGreaterThanOrEqual(1000);
    const embed = post!.embeds[0] as { image?: { url: string }; description: string };
    expect(embed.image?.url).toBe("attachment://chart.png");
    expect(embed.description).toContain("Broken Desk (broken-desk)");
    expect(embed.description).toContain("Quiet Office (quiet-office)");
  });

  it("a Slack incoming webhook gets the numbers as a table and a link to the trends page", () => {
    const posts = slack.messages.filter((m) => m.channel === WEBHOOK_CHANNEL);
    expect(posts).toHaveLength(1);
    const text = JSON.stringify(posts[0]!.blocks);
    expect(text).toContain("```Country");
    expect(text).toContain("This week");
    expect(text).toContain("https://news.example.org/archive/trends");
  });

  it("--preview writes the PNG and prints the text without sending", async () => {
    const before = slack.messages.length + discord.messages.length;
    const file = join(dir, "preview.png");
    const out = await runCli(["briefing", "--preview", file], { env });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("failing: Broken Desk (broken-desk)");
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file)).width).toBeGreaterThanOrEqual(1000);
    expect(slack.messages.length + discord.messages.length).toBe(before);
  }, 60_000);
});
