/**
 * alert_latency_ms: a new item appears on a loopback feed polled every 5 s; the time from the poll that first
 * saw it (the feed host's 200 for the new bytes) to its alert reaching the stand-in Discord webhook. That is the
 * appearance-to-alert time minus the time left to the next poll. The worker runs in this process through
 * runWorker's feedIntervalMs option: feeds.json cannot say 5 s (its interval is whole minutes).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppContext } from "../src/app/app-context.js";
import { subscribeDeps } from "../src/app/subscribe-deps.js";
import { classifyItem } from "../src/classify/classify-item.js";
import { createSubscription } from "../src/commands/subscribe.js";
import { loadEnv } from "../src/config/load-env.js";
import { silentLogger } from "../src/log.js";
import { runWorker } from "../src/worker/run-worker.js";
import { startFakeDiscord } from "../tests/support/fake-discord.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { ALERT_SET, makeBenchFeeds } from "./bench-feeds.js";
import { forkFeedHost } from "./fork-feed-host.js";
import { atMost, type Figures, median } from "./measure.js";

const WEBHOOK_ID = "1200000000000000001";
const WEBHOOK_TOKEN = "bench-webhook-token";

async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return Date.now();
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Median over `rounds` new items of poll-to-alert time. */
export async function benchAlertLatency(options: { feeds: number; rounds: number }): Promise<Figures> {
  const now = new Date();
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, 20, now, "alert");
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: 20, now, tag: "alert" });
  const discord = await startFakeDiscord({ webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-alert-"));
  const feeds = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  const env = loadEnv({
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    DISCORD_API_URL: discord.apiUrl,
    TZ: "UTC",
  });
  const ctx = await createAppContext(env, { logger: silentLogger() });
  const target = `discord-webhook:${discord.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`;
  await createSubscription(subscribeDeps(ctx), { target, mode: "alert", scope: "all" }, new Date());
  const worker = await runWorker(ctx, { port: 0, host: "127.0.0.1", feedIntervalMs: () => 5_000 });
  try {
    const path = built[0]!.path;
    await until(async () => ((await host.stats()).served[path]?.length ?? 0) > 0, 20_000, "the first poll");
    await new Promise((r) => setTimeout(r, 2_000));
    // The feed host picks its headline from the sea_trafficking ones; use those the classifier calls relevant.
    const alerting = loadHeadlines(ALERT_SET).filter((h) => h.label === "sea_trafficking");
    const offsets = alerting
      .map((h, i) => ({
        i,
        // Title only: some outlet formats (Google News, VOA) carry no summary.
        relevant: classifyItem({ title: h.title, language: "en" }).relevant,
      }))
      .filter((h) => h.relevant)
      .map((h) => h.i);
    const latencies: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const before = discord.messages.length;
      const changedAt = await host.prepend(0, `new${round}`, offsets[round % offsets.length]!);
      const arrivedAt = await until(() => discord.messages.length > before, 20_000, "the alert");
      const served = (await host.stats()).served[path] ?? [];
      const polledAt = served.find((t) => t >= changedAt);
      if (polledAt === undefined) throw new Error("the alert arrived without a poll of the changed feed");
      latencies.push(arrivedAt - polledAt);
      await new Promise((r) => setTimeout(r, 500));
    }
    return { alert_latency_ms: atMost(median(latencies), "ms", 2_000) };
  } finally {
    await worker.stop();
    await Promise.all([host.stop(), discord.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
