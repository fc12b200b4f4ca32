/**
 * `npm start` for a newcomer: `tracewire run` with no Slack or Discord account prints a digest of new
 * relevant stories to the terminal, reports a feed it cannot reach in one line and keeps going, and ends
 * with exit 0 on SIGTERM.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { textRoute } from "../support/hostile-feeds.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { buildOutletFeeds, feedBytes } from "../support/outlet-feeds.js";
import { startCli } from "../support/run-cli.js";

let server: FeedServer;
let dir: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  server = await startFeedServer();
  const voa = buildOutletFeeds(loadHeadlines(), new Date()).find((f) => f.format === "voa")!;
  server.setRoute(voa.path, { body: feedBytes(voa), contentType: voa.contentType });
  const down = server.setRoute("/down.xml", textRoute(503, "text/plain", "maintenance\n"));
  dir = mkdtempSync(join(tmpdir(), "tw-run-"));
  writeFileSync(
    join(dir, "feeds.json"),
    JSON.stringify({
      feeds: [
        { ...voa.feed, url: server.url(voa.path) },
        { id: "down", outlet: "Down", url: down },
      ],
    }),
  );
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("tracewire run without a Slack or Discord account", () => {
  it("prints a digest to the terminal, reports the unreachable feed, and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const { child, result } = startCli(["run"], {
      env: {
        FEEDS_FILE: join(dir, "feeds.json"),
        DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
        TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
        PORT: String(port),
        LOG_LEVEL: "info",
      },
      timeoutMs: 150_000,
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    const deadline = Date.now() + 120_000;
    // The console digest goes out at the first minute boundary after the poll.
    while (!/digest ·/.test(stdout) && Date.now() < deadline) await sleep(250);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    const done = await result;
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/no Slack or Discord account configured/);
    expect(done.stdout).toMatch(/VOA/);
    const relevant = loadHeadlines().filter((h) => h.label === "sea_trafficking");
    expect(relevant.some((h) => done.stdout.includes(h.title.slice(0, 40)))).toBe(true);
    const downLines = done.stderr.split("\n").filter((line) => line.includes("down") && /503/.test(line));
    expect(downLines.length).toBeGreaterThanOrEqual(1);
  }, 160_000);
});
