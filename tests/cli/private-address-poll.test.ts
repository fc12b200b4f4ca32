/**
 * Issue 15: a feed at an IPv6 literal that hides a loopback IPv4 address (`[::7f00:1]`, IPv4-compatible) is
 * refused as private by the real `tracewire poll` without TRACEWIRE_ALLOW_PRIVATE_HOSTS, and never fetched.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { runCli } from "../support/run-cli.js";

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

let server: FeedServer;
let dir: string;

beforeAll(async () => {
  server = await startFeedServer({ "/feed.xml": { body: FEED } });
  dir = mkdtempSync(join(tmpdir(), "tw-v4compat-"));
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a feed on an IPv6 form of a loopback address", () => {
  it.each([
    ["[::7f00:1]", "::7f00:1"],
    ["[::ffff:7f00:1]", "::ffff:7f00:1"],
    ["[64:ff9b::7f00:1]", "64:ff9b::7f00:1"],
  ])(
    "http://%s:PORT/ is refused as loopback and never fetched",
    async (host, shown) => {
      const db = join(dir, `${shown.replace(/:/g, "_")}.db`);
      const feedsFile = join(dir, `${shown.replace(/:/g, "_")}.json`);
      const url = `http://${host}:${server.port}/feed.xml`;
      writeFileSync(feedsFile, JSON.stringify({ feeds: [{ id: "hidden-loopback", outlet: "Test", url }] }));
      const env = { FEEDS_FILE: feedsFile, DATABASE_URL: `sqlite:${db}` };
      const poll = await runCli(["poll", "--json"], { env, timeoutMs: 60_000 });
      expect(poll.stderr).not.toMatch(/unexpected failure/);
      expect(poll.code).toBe(0);
      expect(server.requests).toHaveLength(0);
      const feeds = await runCli(["feeds", "--json"], { env });
      const [row] = JSON.parse(feeds.stdout) as { id: string; state: string; lastError: string }[];
      expect(row).toMatchObject({ id: "hidden-loopback", state: "failing" });
      expect(row?.lastError).toContain(
        `refused: ${shown} is a loopback address (set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 to allow)`,
      );
    },
    90_000,
  );
});
