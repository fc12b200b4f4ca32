/**
 * A real AppContext for worker tests: feeds.json and a SQLite file in a fresh temp directory, the real
 * fetcher (private hosts allowed, for loopback feed servers) and console delivery captured in memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { type AppContext, createAppContext } from "../../src/app/app-context.js";
import { loadEnv } from "../../src/config/load-env.js";
import { silentLogger } from "../../src/log.js";
import type { FeedConfig } from "../../src/model/feed.js";

export interface WorkerContext {
  ctx: AppContext;
  dir: string;
  /** Everything console delivery printed so far. */
  output(): string;
  cleanup(): Promise<void>;
}

/** Builds the context from feeds and extra environment variables. */
export async function createWorkerContext(
  feeds: FeedConfig[],
  extraEnv: Record<string, string> = {},
): Promise<WorkerContext> {
  const dir = mkdtempSync(join(tmpdir(), "tracewire-worker-"));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  const env = loadEnv({
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    TZ: "UTC",
    ...extraEnv,
  });
  const sink = new PassThrough();
  let printed = "";
  sink.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const ctx = await createAppContext(env, { output: sink, logger: silentLogger() });
  return {
    ctx,
    dir,
    output: () => printed,
    async cleanup() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A feed entry for feeds.json. */
export function feedEntry(id: string, url: string, interval = 10): FeedConfig {
  return { id, outlet: "VOD English", url, interval, language: "en", enabled: true };
}
