/**
 * Replicas on one Postgres database (issue 7): three `tracewire poll` processes at once, then three
 * `tracewire digest --now` at once, with a Slack channel digest and a Discord webhook alert subscription.
 * Every story reaches each channel exactly once, most relevant Southeast Asia items arrive, and no request
 * breaks a platform rule.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deliveredHeadlines,
  postsPerStory,
  readStoryIndex,
  recallAndPrecision,
  type StoryIndex,
  visibleText,
} from "../support/delivery-report.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { type LabelledHeadline, loadHeadlines } from "../support/labelled-headlines.js";
import { buildOutletFeeds, feedBytes } from "../support/outlet-feeds.js";
import { runCli, startCli } from "../support/run-cli.js";
import { startTestPostgres, type TestPostgres } from "../support/temp-db.js";

const CHANNEL = "C0REPLICAS1";
const WEBHOOK_ID = "323456789012345678";
const WEBHOOK_TOKEN = "c".repeat(68);

let postgres: TestPostgres;
let databaseUrl: string;
let server: FeedServer;
let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;
let env: Record<string, string>;
let headlines: LabelledHeadline[];
let index: StoryIndex;

beforeAll(async () => {
  headlines = loadHeadlines();
  postgres = await startTestPostgres();
  databaseUrl = await postgres.createDatabase();
  server = await startFeedServer();
  slack = await startFakeSlack({ channels: [CHANNEL] });
  discord = await startFakeDiscord({ webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
  const feeds = buildOutletFeeds(headlines, new Date()).map((f) => {
    server.setRoute(f.path, { body: feedBytes(f), contentType: f.contentType });
    return { ...f.feed, url: server.url(f.path) };
  });
  dir = mkdtempSync(join(tmpdir(), "tw-replicas-"));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  env = {
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: databaseUrl,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: slack.apiUrl,
    DISCORD_API_URL: discord.apiUrl,
  };
  const target = `discord-webhook:${discord.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`;
  expect((await runCli(["subscribe", `slack:${CHANNEL}`, "--mode", "digest"], { env })).code).toBe(0);
  expect((await runCli(["subscribe", target, "--mode", "alert"], { env })).code).toBe(0);
  const polls = await Promise.all([1, 2, 3].map(() => startCli(["poll"], { env }).result));
  for (const poll of polls) expect(poll.code, poll.stderr).toBe(0);
  const digests = await Promise.all([1, 2, 3].map(() => startCli(["digest", "--now"], { env }).result));
  for (const digest of digests) expect(digest.code, digest.stderr).toBe(0);
  index = await readStoryIndex(env);
}, 240_000);

afterAll(async () => {
  await Promise.all([server?.close(), slack?.close(), discord?.close()]);
  if (databaseUrl) await postgres.dropDatabase(databaseUrl);
  await postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("three replicas on one Postgres database", () => {
  it("store each item once", () => {
    const expected = new Set(headlines.map((h) => h.title)).size;
    expect(index.storyOfTitle.size).toBeLessThanOrEqual(expected);
    expect(index.storyOfTitle.size).toBeGreaterThan(expected * 0.95);
  });

  it.each([
    [
      "Slack channel digest",
      () => slack.messages.filter((m) => m.via === "api").map((m) => visibleText([m.text, m.blocks])),
    ],
    [
      "Discord webhook alerts",
      () => discord.messages.filter((m) => m.via === "webhook").map((m) => visibleText(m.embeds)),
    ],
  ])("post every story once to the %s, most relevant items included", (_name, texts) => {
    const posts = postsPerStory(index, texts());
    expect([...posts.values()].filter((n) => n > 1)).toEqual([]);
    const { recall, precision } = recallAndPrecision(
      headlines,
      deliveredHeadlines(index, headlines, texts()),
    );
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  it("break no platform rule", () => {
    expect(slack.violations).toEqual([]);
    expect(discord.violations).toEqual([]);
    expect(slack.pings).toEqual([]);
    expect(discord.pings).toEqual([]);
  });
});
