import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createFetcher } from "../../src/fetch/create-fetcher.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>fetcher test</title></channel></rss>';

let server: FeedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("createFetcher", () => {
  it("never has more feeds in flight than its concurrency limit", async () => {
    let inFlight = 0;
    let most = 0;
    const held: ServerResponse[] = [];
    const release = (): void => {
      // Answer only once the limit is reached (or nothing more can arrive), so an unlimited fetcher would show 6.
      if (held.length >= 2 || inFlight === held.length) {
        for (const res of held.splice(0)) {
          inFlight--;
          res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
        }
      }
    };
    server = await startFeedServer();
    for (let i = 0; i < 6; i++) {
      server.setRoute(`/feed-${i}.xml`, (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        held.push(res);
        setTimeout(release, 50);
      });
    }
    const fetcher = createFetcher({ allowPrivateHosts: true, timeoutMs: 5000, concurrency: 2 });
    const own = server;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fetcher.fetch({ url: own.url(`/feed-${i}.xml`), etag: null, lastModified: null }),
      ),
    );
    await fetcher.close();
    expect(results.map((result) => result.kind)).toEqual(["ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(most).toBe(2);
  });

  it("refuses loopback feeds when the switch is off, for every feed it fetches", async () => {
    server = await startFeedServer({ "/feed.xml": { body: FEED } });
    const fetcher = createFetcher({});
    const result = await fetcher.fetch({
      url: `http://localhost:${server.port}/feed.xml`,
      etag: null,
      lastModified: null,
    });
    await fetcher.close();
    expect(result.kind === "failed" && result.error.code).toBe("FEED_REFUSED_ADDRESS");
    expect(server.requests).toHaveLength(0);
  });

  it("reuses connections across feeds on the same server instead of opening one per feed", async () => {
    server = await startFeedServer();
    const ports = new Set<number>();
    for (let i = 0; i < 4; i++) {
      server.setRoute(`/reuse-${i}.xml`, (req, res) => {
        ports.add(req.socket.remotePort ?? 0);
        res.end(FEED);
      });
    }
    const fetcher = createFetcher({ allowPrivateHosts: true, concurrency: 1 });
    for (let i = 0; i < 4; i++) {
      await fetcher.fetch({ url: server.url(`/reuse-${i}.xml`), etag: null, lastModified: null });
    }
    await fetcher.close();
    expect(ports.size).toBeLessThan(4);
  });
});
