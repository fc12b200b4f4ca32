/**
 * One NUL must not cost a story (issue 15): a JSON Feed whose item titles carry U+0000 beside a good RSS feed,
 * polled by the real CLI on SQLite and on Postgres (which refuses NUL in text). Both stores hold the same
 * cleaned titles, the good feed's alert reaches its channel, and the poll exits 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { headlineRss } from "../support/headline-rss.js";
import { type LabelledHeadline, loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";
import { startTestPostgres, type TestPostgres } from "../support/temp-db.js";

describe.each(["sqlite", "postgres"] as const)("a feed with NUL in its titles, on %s", (backend) => {
  let server: FeedServer;
  let slack: FakeSlack;
  let postgres: TestPostgres | undefined;
  let dir: string;
  let env: Record<string, string>;
  let relevant: LabelledHeadline[];

  beforeAll(async () => {
    relevant = loadHeadlines().filter((h) => h.label === "sea_trafficking");
    server = await startFeedServer();
    slack = await startFakeSlack({ channels: [] });
    const now = new Date();
    const nulFeed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "NUL outlet",
      items: relevant.slice(0, 3).map((h, i) => ({
        id: `nul-${i}`,
        url: `https://nul.example.org/a/${i}`,
        // The NUL sits inside a real headline, as a broken CMS export would put it.
        title: `${h.title.slice(0, 10)}\u0000${h.title.slice(10)}`,
        content_text: h.summary ?? h.title,
        date_published: new Date(now.getTime() - i * 60_000).toISOString(),
      })),
    };
    const nulUrl = server.setRoute("/nul.json", {
      body: JSON.stringify(nulFeed),
      contentType: "application/feed+json",
    });
    const goodUrl = server.setRoute("/good.xml", {
      body: headlineRss(
        "good outlet",
        relevant
          .slice(3, 5)
          .map((h, i) => ({ headline: h, link: `https://good.example.org/${i}`, guid: `g${i}` })),
        now,
      ),
      contentType: "application/rss+xml; charset=utf-8",
    });
    dir = mkdtempSync(join(tmpdir(), "tw-nul-"));
    const feed = (id: string, url: string) => ({
      id,
      outlet: id,
      url,
      interval: 15,
      language: "en",
      enabled: true,
    });
    writeFileSync(
      join(dir, "feeds.json"),
      JSON.stringify({ feeds: [feed("nul-outlet", nulUrl), feed("good-outlet", goodUrl)] }),
    );
    let databaseUrl = `sqlite:${join(dir, "tracewire.db")}`;
    if (backend === "postgres") {
      postgres = await startTestPostgres();
      databaseUrl = await postgres.createDatabase();
    }
    env = {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: databaseUrl,
      TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    };
  });

  afterAll(async () => {
    await server.close();
    await slack.close();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores the cleaned items, delivers the good feed's alert and exits 0", async () => {
    const sub = await runCli(
      ["subscribe", `slack-webhook:${slack.webhookUrl("C0NULTEST1")}`, "--mode", "alert", "--scope", "all"],
      { env },
    );
    expect(sub.code).toBe(0);

    const poll = await runCli(["poll"], { env });
    expect(poll.stderr).not.toMatch(/\u0000|invalid byte sequence|0x00/);
    expect(poll.code).toBe(0);

    const exported = await runCli(["export", "--format", "jsonl"], { env });
    expect(exported.code).toBe(0);
    const titles = exported.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { title: string }).title);
    for (const h of relevant.slice(0, 5)) expect(titles).toContain(h.title);
    expect(exported.stdout).not.toContain("\\u0000");

    const delivered = slack.messages.map((m) => JSON.stringify(m)).join("\n");
    expect(delivered).toContain("good.example.org");
  });
});
