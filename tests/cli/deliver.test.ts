/**
 * Delivery end to end (issue 5): outlet-format feeds on loopback, three subscriptions — a Slack channel
 * digest, a Discord webhook alert, a Slack incoming-webhook digest filtered to Cambodia — one poll plus
 * `digest --now` through the real CLI and the real Slack and Discord clients, against stand-ins that check
 * every request against the official specs and limits. Once on SQLite, once on Postgres.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deliveredHeadlines,
  readStoryIndex,
  recallAndPrecision,
  type StoryIndex,
  visibleText,
} from "../support/delivery-report.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type LabelledHeadline, loadHeadlines } from "../support/labelled-headlines.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli } from "../support/run-cli.js";
import { startTestPostgres, type TestPostgres } from "../support/temp-db.js";

const CHANNEL = "C0TRACEWIRE1";
const WEBHOOK_ID = "123456789012345678";
const WEBHOOK_TOKEN = "a".repeat(68);

describe.each(["sqlite", "postgres"] as const)("on %s", (backend) => {
  let postgres: TestPostgres | undefined;
  let databaseUrl: string | undefined;

  let world: OutletWorld;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let env: Record<string, string>;
  let headlines: LabelledHeadline[];

  let index: StoryIndex;

  beforeAll(async () => {
    headlines = loadHeadlines();
    slack = await startFakeSlack({ channels: [CHANNEL] });
    discord = await startFakeDiscord({ webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
    if (backend === "postgres") {
      postgres = await startTestPostgres();
      databaseUrl = await postgres.createDatabase();
    }
    world = await startOutletWorld({
      env: {
        SLACK_BOT_TOKEN: "xoxb-test-token",
        SLACK_API_URL: slack.apiUrl,
        DISCORD_API_URL: discord.apiUrl,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
    });
    env = world.env;
    for (const args of [
      ["subscribe", `slack:${CHANNEL}`, "--mode", "digest"],
      [
        "subscribe",
        `discord-webhook:${discord.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`,
        "--mode",
        "alert",
      ],
      [
        "subscribe",
        `slack-webhook:${slack.webhookUrl("C0CAMBODIA1")}`,
        "--mode",
        "digest",
        "--countries",
        "KH",
      ],
    ]) {
      const out = await runCli(args, { env });
      expect(out.stderr).toBe("");
      expect(out.code).toBe(0);
      expect(out.stdout.trim()).toMatch(/^sub_[0-9a-f]+$/);
    }
    const poll = await runCli(["poll"], { env });
    expect(poll.code).toBe(0);
    const digest = await runCli(["digest", "--now"], { env });
    expect(digest.code).toBe(0);
    index = await readStoryIndex(env);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([world?.close(), slack?.close(), discord?.close()]);
    if (postgres && databaseUrl) await postgres.dropDatabase(databaseUrl);
    await postgres?.stop();
  });

  describe("one poll and digest --now", () => {
    it("breaks no platform rule and leaks no ping", () => {
      expect(slack.violations).toEqual([]);
      expect(discord.violations).toEqual([]);
      expect(slack.pings).toEqual([]);
      expect(discord.pings).toEqual([]);
    });

    it.each([
      [
        "the Slack channel digest",
        () => slack.messages.filter((m) => m.via === "api").map((m) => visibleText([m.text, m.blocks])),
      ],
      [
        "the Discord webhook alerts",
        () => discord.messages.filter((m) => m.via === "webhook").map((m) => visibleText(m.embeds)),
      ],
    ])(
      "%s carry at least 80%% of the relevant Southeast Asia items, 85%% of them relevant",
      (_name, texts) => {
        const { recall, precision } = recallAndPrecision(
          headlines,
          deliveredHeadlines(index, headlines, texts()),
        );
        expect(recall).toBeGreaterThanOrEqual(0.8);
        expect(precision).toBeGreaterThanOrEqual(0.85);
      },
    );

    it("the Cambodia webhook digest carries Cambodian stories", () => {
      const texts = slack.messages
        .filter((m) => m.via === "webhook")
        .map((m) => visibleText([m.text, m.blocks]));
      const posted = deliveredHeadlines(index, headlines, texts);
      expect(posted.length).toBeGreaterThan(0);
      const cambodian = posted.filter((h) => h.country_codes?.includes("KH")).length;
      expect(cambodian / posted.length).toBeGreaterThanOrEqual(0.85);
      // Cambodian stories: relevant items whose labelled main country is Cambodia.
      const allKh = headlines.filter((h) => h.label === "sea_trafficking" && h.country_codes?.[0] === "KH");
      expect(posted.filter((h) => allKh.includes(h)).length / allKh.length).toBeGreaterThanOrEqual(0.8);
    });

    it("posts nothing more on a second poll and digest", async () => {
      const before = { slack: slack.messages.length, discord: discord.messages.length };
      expect((await runCli(["poll"], { env })).code).toBe(0);
      expect((await runCli(["digest", "--now"], { env })).code).toBe(0);
      expect(slack.messages.length).toBe(before.slack);
      expect(discord.messages.length).toBe(before.discord);
    });

    it("lists the subscriptions with webhook secrets redacted", async () => {
      const out = await runCli(["subscriptions"], { env });
      expect(out.code).toBe(0);
      expect(out.stdout).not.toContain(WEBHOOK_TOKEN);
      expect(out.stdout).toContain("state ok");
    });
  });
});
