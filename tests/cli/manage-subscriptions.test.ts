/**
 * Subscriptions an operator can manage, and no floods (issue 14.4 and 14.5), with the real CLI against a
 * loopback feed and the Slack stand-in: a subscription made before its token waits and is delivered once the
 * token is set; an alert subscription's backfill arrives as one summary; `subscription set` and `resume`;
 * `tracewire test`; `--backfill-hours 0`; a subscription made at 03:15 local time during quiet hours.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/model/subscription.js";
import { openStore } from "../../src/store/open-store.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { headlineRss } from "../support/headline-rss.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";

const CHANNEL = "C0TRACEWIRE1";
const TOKEN = "xoxb-test-token";
const HOUR = 3_600_000;

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

interface World {
  slack: FakeSlack;
  server: FeedServer;
  /** Environment without a Slack token. */
  env: Record<string, string>;
  /** The same, with SLACK_BOT_TOKEN set. */
  withToken: Record<string, string>;
  /** Serves `count` relevant Southeast Asia headlines (from `from`), the newest published at `newest`. */
  serve(count: number, newest: Date, from?: number): void;
}

async function startWorld(): Promise<World> {
  const slack = await startFakeSlack({ channels: [CHANNEL] });
  const server = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), "tracewire-manage-"));
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => server.close(),
    () => slack.close(),
  );
  const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
  const url = server.url("/feed.xml");
  writeFileSync(
    join(dir, "feeds.json"),
    JSON.stringify({ feeds: [{ id: "sea", outlet: "VOD English", url, interval: 10 }] }),
  );
  const env = {
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    SLACK_API_URL: slack.apiUrl,
  };
  return {
    slack,
    server,
    env,
    withToken: { ...env, SLACK_BOT_TOKEN: TOKEN },
    serve(count, newest, from = 0) {
      const items = headlines.slice(from, from + count).map((headline, index) => ({
        headline,
        link: `https://vodenglish.news/story-${from + index}`,
        guid: `story-${from + index}`,
      }));
      server.setRoute("/feed.xml", {
        body: headlineRss("VOD English", items, newest),
        contentType: "application/rss+xml",
      });
    },
  };
}

async function subscriptions(env: Record<string, string>): Promise<Subscription[]> {
  const out = await runCli(["subscriptions", "--json"], { env });
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Subscription[];
}

/** The outbox rows of a subscription, read from the SQLite file. */
async function outbox(env: Record<string, string>, subscriptionId: string) {
  const store = await openStore(env["DATABASE_URL"]!);
  try {
    return await store.listOutbox({ subscriptionId, limit: 1000 });
  } finally {
    await store.close();
  }
}

function slackText(slack: FakeSlack): string[] {
  return slack.messages.map((m) => `${m.text ?? ""} ${JSON.stringify(m.blocks ?? [])}`);
}

describe("a Slack subscription made before its token", () => {
  it("says it waits for SLACK_BOT_TOKEN, and is delivered once the token is set: status ok", async () => {
    const w = await startWorld();
    w.serve(12, new Date());
    expect((await runCli(["poll"], { env: w.env })).code).toBe(0);

    const made = await runCli(["subscribe", `slack:${CHANNEL}`, "--mode", "alert", "--scope", "all"], {
      env: w.env,
    });
    expect(made.code).toBe(0);
    const id = made.stdout.trim();
    expect(id).toMatch(/^sub_[0-9a-f]+$/);
    expect(made.stderr).toContain(
      "waiting for SLACK_BOT_TOKEN: set it and restart the worker; stories wait meanwhile",
    );
    const queued = (await outbox(w.env, id)).length;
    expect(queued).toBeGreaterThan(1);

    // A run without the token keeps the stories and the state says what it waits for.
    expect((await runCli(["poll"], { env: w.env })).code).toBe(0);
    expect(w.slack.messages).toEqual([]);
    const [waiting] = await subscriptions(w.env);
    expect(waiting).toMatchObject({ id, state: "waiting", lastError: "waiting for SLACK_BOT_TOKEN" });
    const listed = await runCli(["subscriptions"], { env: w.env });
    expect(listed.stdout).toContain("state waiting (waiting for SLACK_BOT_TOKEN)");

    // The token is set: the next run delivers every waiting story, as one backfill summary.
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const rows = await outbox(w.env, id);
    expect(rows.map((row) => row.state)).toEqual(rows.map(() => "sent"));
    expect(rows).toHaveLength(queued);
    expect(w.slack.messages).toHaveLength(1);
    expect(slackText(w.slack)[0]).toContain(`${queued} stories from the last 24 hours`);
    const [ok] = await subscriptions(w.withToken);
    expect(ok).toMatchObject({ id, state: "ok", lastError: null });
    expect(w.slack.violations).toEqual([]);
  }, 120_000);
});

describe("an alert subscription's backfill", () => {
  it("arrives as one summary carrying every story, and a later fresh story as its own alert", async () => {
    const w = await startWorld();
    w.serve(7, new Date(Date.now() - 2 * HOUR));
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const made = await runCli(["subscribe", `slack:${CHANNEL}`, "--mode", "alert", "--scope", "all"], {
      env: w.withToken,
    });
    expect(made.stderr).toBe("");
    const id = made.stdout.trim();
    const backfill = await outbox(w.env, id);
    expect(backfill.length).toBeGreaterThan(1);

    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    expect(w.slack.messages).toHaveLength(1);
    const summary = slackText(w.slack)[0]!;
    expect(summary).toContain(`${backfill.length} stories from the last 24 hours`);
    const sent = await outbox(w.env, id);
    expect(new Set(sent.map((row) => row.messageId)).size).toBe(1);
    expect(sent.every((row) => row.state === "sent")).toBe(true);

    // One fresh story, found after the subscription was made: one alert of its own.
    w.serve(1, new Date(), 20);
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const fresh = (await outbox(w.env, id)).filter((row) => !sent.some((old) => old.id === row.id));
    expect(fresh).toHaveLength(1);
    expect(w.slack.messages).toHaveLength(2);
    expect(slackText(w.slack)[1]).not.toContain("stories from the last");
    expect(w.slack.violations).toEqual([]);
  }, 120_000);

  it("with --backfill-hours 0 queues nothing from the archive", async () => {
    const w = await startWorld();
    w.serve(5, new Date());
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const made = await runCli(
      ["subscribe", `slack:${CHANNEL}`, "--mode", "alert", "--scope", "all", "--backfill-hours", "0"],
      { env: w.withToken },
    );
    expect(made.code).toBe(0);
    expect(await outbox(w.env, made.stdout.trim())).toEqual([]);
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    expect(w.slack.messages).toEqual([]);
  }, 120_000);

  it("made at 3 a.m. local time in quiet hours waits for their end, stories 8 to 12 hours old included", async () => {
    const w = await startWorld();
    // A fixed-offset zone in which it is 03:xx now (Etc/GMT-N is UTC+N), quiet 22:00-07:00.
    const utcHour = new Date().getUTCHours();
    const offset = utcHour <= 15 ? 3 - utcHour : 27 - utcHour;
    const zone = offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
    w.serve(5, new Date(Date.now() - 8 * HOUR));
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const made = await runCli(
      ["subscribe", `slack:${CHANNEL}`, "--mode", "alert", "--scope", "all", "--quiet", "22:00-07:00"].concat(
        ["--tz", zone],
      ),
      { env: w.withToken },
    );
    const id = made.stdout.trim();
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    expect(w.slack.messages).toEqual([]);
    const rows = await outbox(w.env, id);
    expect(rows.length).toBeGreaterThan(1);
    const now = new Date();
    const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7 - offset, 0);
    const quietEnd = end > now.getTime() ? end : end + 24 * HOUR;
    for (const row of rows)
      expect(row).toMatchObject({ state: "pending", notBefore: new Date(quietEnd).toISOString() });
  }, 120_000);
});

describe("tracewire subscription set and resume", () => {
  it("set changes the filter and quiet hours in place: same id, no new backfill", async () => {
    const w = await startWorld();
    w.serve(5, new Date());
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const id = (await runCli(["subscribe", `slack:${CHANNEL}`], { env: w.withToken })).stdout.trim();
    const before = await outbox(w.env, id);

    const set = await runCli(
      ["subscription", "set", id, "--countries", "KH,MM", "--quiet", "22:00-07:00", "--tz", "Asia/Bangkok"],
      { env: w.withToken },
    );
    expect(set.stderr).toBe("");
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(`updated ${id}:`);
    const [edited] = await subscriptions(w.env);
    expect(edited).toMatchObject({ id, quiet: "22:00-07:00", tz: "Asia/Bangkok", mode: "digest" });
    expect(edited!.filter.countries).toEqual(["KH", "MM"]);
    expect(await outbox(w.env, id)).toHaveLength(before.length);

    const bad = await runCli(["subscription", "set", id, "--countries", "XX"], { env: w.withToken });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--countries: "XX" is not an ISO 3166-1 alpha-2 country code');
    const unknown = await runCli(["subscription", "set", "sub_00000000", "--scope", "all"], {
      env: w.withToken,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no subscription with id "sub_00000000"');
  }, 120_000);

  it("resume clears a failing state after a fix and sends the stories given up on", async () => {
    const w = await startWorld();
    w.serve(3, new Date());
    const id = (
      await runCli(["subscribe", `slack:${CHANNEL}`, "--mode", "alert", "--scope", "all"], {
        env: w.withToken,
      })
    ).stdout.trim();
    w.slack.failNext(1, { error: "not_in_channel" }, CHANNEL);
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const [failing] = await subscriptions(w.env);
    expect(failing).toMatchObject({ id, state: "failing" });
    const failed = (await outbox(w.env, id)).filter((row) => row.state === "failed");
    expect(failed.length).toBeGreaterThan(0);

    const resumed = await runCli(["subscription", "resume", id], { env: w.withToken });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`resumed ${id}: state ok;`);
    expect(resumed.stdout).toContain(`(${failed.length} of them had been given up on)`);
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    expect((await outbox(w.env, id)).every((row) => row.state === "sent")).toBe(true);
    const [ok] = await subscriptions(w.env);
    expect(ok).toMatchObject({ id, state: "ok", lastError: null });
  }, 120_000);
});

describe("tracewire test TARGET", () => {
  it("posts a sample story marked as a test", async () => {
    const w = await startWorld();
    w.serve(2, new Date());
    expect((await runCli(["poll"], { env: w.withToken })).code).toBe(0);
    const out = await runCli(["test", `slack:${CHANNEL}`], { env: w.withToken });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`posted a test message to slack:${CHANNEL}: the story "`);
    expect(w.slack.messages).toHaveLength(1);
    expect(slackText(w.slack)[0]).toContain("tracewire test message");
    expect(w.slack.violations).toEqual([]);
  }, 60_000);

  it("posts a fixed test text when the archive is empty", async () => {
    const w = await startWorld();
    const out = await runCli(["test", `slack:${CHANNEL}`], { env: w.withToken });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("a fixed test text");
    expect(slackText(w.slack)[0]).toContain("tracewire test message: tracewire can post here");
    expect(w.slack.violations).toEqual([]);
  }, 60_000);

  it.each([
    ["a channel the app was not invited to", "not_in_channel", "/invite @tracewire"],
    ["a channel that does not exist", "channel_not_found", "check the channel id"],
    ["a wrong token", "invalid_auth", "check SLACK_BOT_TOKEN"],
    ["a token without the scope", "missing_scope", "add the missing scope"],
  ])(
    "says what to do about %s (%s)",
    async (_name, code, hint) => {
      const w = await startWorld();
      w.slack.failNext(1, { error: code }, CHANNEL);
      const out = await runCli(["test", `slack:${CHANNEL}`], { env: w.withToken });
      expect(out.code).toBe(1);
      expect(out.stderr).toContain(code);
      expect(out.stderr).toContain(hint);
      expect(out.stderr).not.toContain(TOKEN);
    },
    60_000,
  );

  it("says which token is missing", async () => {
    const w = await startWorld();
    const out = await runCli(["test", `slack:${CHANNEL}`], { env: w.env });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("needs SLACK_BOT_TOKEN");
    expect(w.slack.messages).toEqual([]);
  }, 60_000);
});
