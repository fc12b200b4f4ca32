/**
 * The setting most end-to-end tests share: the outlet-format feeds (real labelled headlines) served on a
 * loopback feed server, a temp directory with feeds.json and a SQLite file, and the environment that points
 * the real CLI at them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FeedServer, startFeedServer } from "./feed-server.js";
import { type LabelledHeadline, loadHeadlines } from "./labelled-headlines.js";
import { buildOutletFeeds, feedBytes, type OutletFeed } from "./outlet-feeds.js";

export interface OutletWorld {
  server: FeedServer;
  headlines: LabelledHeadline[];
  outletFeeds: OutletFeed[];
  dir: string;
  /** FEEDS_FILE, DATABASE_URL (SQLite in `dir`, unless given) and TRACEWIRE_ALLOW_PRIVATE_HOSTS=1, plus `env`. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Serves the six outlet feeds (with ETags) and writes feeds.json listing them plus `extraFeeds`. */
export async function startOutletWorld(
  options: {
    env?: Record<string, string>;
    extraFeeds?: (server: FeedServer) => { id: string; outlet: string; url: string }[];
  } = {},
): Promise<OutletWorld> {
  const server = await startFeedServer();
  const headlines = loadHeadlines();
  const outletFeeds = buildOutletFeeds(headlines, new Date());
  const feeds: { id: string; outlet: string; url: string }[] = outletFeeds.map((f) => {
    server.setRoute(f.path, { body: feedBytes(f), contentType: f.contentType, etag: `"${f.format}-v1"` });
    return { ...f.feed, url: server.url(f.path) };
  });
  feeds.push(...(options.extraFeeds?.(server) ?? []));
  const dir = mkdtempSync(join(tmpdir(), "tracewire-e2e-"));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  return {
    server,
    headlines,
    outletFeeds,
    dir,
    env: {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
      TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
      ...options.env,
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
