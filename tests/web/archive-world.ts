/**
 * The web tests' setting: the outlet-format feeds of real labelled headlines plus one hostile feed (a real
 * Cambodian headline wrapped in markup, a script and a javascript: link), polled once by a real worker whose
 * HTTP server listens on every interface (so a request from another address can be tried), port 0.
 */
import { networkInterfaces } from "node:os";
import { type AppContext, createAppContext } from "../../src/app/app-context.js";
import { loadEnv } from "../../src/config/load-env.js";
import { silentLogger } from "../../src/log.js";
import { runWorker, type Worker } from "../../src/worker/run-worker.js";
import type { LabelledHeadline } from "../support/labelled-headlines.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";

export const HOSTILE_FEED_PATH = "/hostile/markup.xml";
/** The global the hostile markup would set if any of it ran in a browser. */
export const PWNED_FLAG = "__tracewirePwned";

export interface ArchiveWorld {
  world: OutletWorld;
  worker: Worker;
  ctx: AppContext;
  /** http://127.0.0.1:PORT */
  url: string;
  /** The hostile headline as a reader should see it: its markup as text. */
  hostileTitle: string;
  /** Relevant Southeast Asia headlines the feeds carried. */
  seaHeadlines: LabelledHeadline[];
  close(): Promise<void>;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The hostile items: a real headline wrapped in markup. Encoded three times (XML, then twice more), because
 * normalise strips tags and decodes entities twice (decode-text.ts): what survives into the stored title is the
 * markup itself, which a page must show as text. A second item links to a javascript: URL.
 */
function hostileRss(h: LabelledHeadline, now: Date): { body: string; title: string } {
  const title = `<img src=x onerror="window.${PWNED_FLAG}=1">${h.title} <script>window.${PWNED_FLAG}=2</script> <a href="javascript:window.${PWNED_FLAG}=3">more</a>`;
  const thrice = (s: string) => xmlEscape(xmlEscape(xmlEscape(s)));
  const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile</title><link>https://example.org/</link><description>markup in titles</description>
<item><title>${thrice(title)}</title><link>https://example.org/hostile-story</link><guid>hostile-1</guid><description>${thrice(`<script>window.${PWNED_FLAG}=4</script>${h.summary ?? h.title}`)}</description><pubDate>${now.toUTCString()}</pubDate></item>
<item><title>${xmlEscape(h.title)} (javascript link)</title><link>javascript:window.${PWNED_FLAG}=5</link><guid>hostile-2</guid><pubDate>${new Date(now.getTime() - 60_000).toUTCString()}</pubDate></item>
</channel></rss>`;
  return { body, title };
}

/** Starts the feeds and a worker with `env`, and waits until every feed has been polled once. */
export async function startArchiveWorld(env: Record<string, string> = {}): Promise<ArchiveWorld> {
  const world = await startOutletWorld({
    // The route itself is set below, once the headlines are loaded.
    extraFeeds: (server) => [
      { id: "hostile-markup", outlet: "Hostile Times", url: server.url(HOSTILE_FEED_PATH) },
    ],
  });
  const source = world.headlines.find(
    (h) => h.label === "sea_trafficking" && h.country_codes?.includes("KH"),
  );
  if (!source) throw new Error("headlines-dev.jsonl has no Cambodian sea_trafficking headline");
  const hostile = hostileRss(source, new Date());
  world.server.setRoute(HOSTILE_FEED_PATH, { body: hostile.body, contentType: "application/rss+xml" });
  const ctx = await createAppContext(loadEnv({ ...world.env, TZ: "UTC", ...env }), {
    logger: silentLogger(),
  });
  const worker = await runWorker(ctx, { port: 0, host: "0.0.0.0", random: () => 0 });
  const feeds = ctx.feeds.map((f) => f.id);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const states = await ctx.store.listFeedStates();
    if (feeds.every((id) => states.some((s) => s.feedId === id && s.lastPolledAt !== null))) break;
    if (Date.now() > deadline) throw new Error("the worker did not poll every feed within 20 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    world,
    worker,
    ctx,
    url: `http://127.0.0.1:${worker.port}`,
    hostileTitle: hostile.title,
    seaHeadlines: world.headlines.filter((h) => h.label === "sea_trafficking"),
    async close() {
      await worker.stop();
      await world.close();
    },
  };
}

/** This machine's first address that is not loopback, so a request can come from "another" host. */
export function outsideAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      if (!address.internal && address.family === "IPv4") return address.address;
    }
  }
  throw new Error("the access tests need a network interface other than loopback (e.g. eth0)");
}
