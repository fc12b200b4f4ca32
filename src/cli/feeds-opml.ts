/** `tracewire feeds import FILE.opml`, `feeds export --opml`, `feeds schema`. */
import { readFileSync, writeFileSync } from "node:fs";
import { mergeOutlines, parseOpml, renderOpml } from "../commands/opml.js";
import { feedsJsonSchema } from "../config/feeds-schema.js";
import { loadEnv } from "../config/load-env.js";
import { loadFeeds } from "../config/load-feeds.js";
import { ConfigError } from "../errors.js";
import type { FeedConfig } from "../model/feed.js";
import { say } from "./with-context.js";

/** Adds the OPML file's feeds to the feeds file, keeping what is there. */
export async function importOpmlVerb(file: string): Promise<void> {
  const env = loadEnv();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new ConfigError("cannot be read", { where: file, cause });
  }
  const existing = loadFeeds(env.FEEDS_FILE);
  const { feeds, added } = mergeOutlines(existing, parseOpml(text, file));
  const raw = JSON.parse(readFileSync(env.FEEDS_FILE, "utf8")) as { $schema?: string };
  writeFileSync(
    env.FEEDS_FILE,
    `${JSON.stringify({ $schema: raw.$schema ?? "./feeds.schema.json", feeds: feeds.map(compact) }, null, 2)}\n`,
  );
  say(
    `added ${added.length} feeds to ${env.FEEDS_FILE}${added.length ? `: ${added.map((f) => f.id).join(", ")}` : ""}`,
  );
}

function compact(feed: FeedConfig): Record<string, unknown> {
  return {
    id: feed.id,
    outlet: feed.outlet,
    url: feed.url,
    ...(feed.interval !== 10 ? { interval: feed.interval } : {}),
    ...(feed.language !== "en" ? { language: feed.language } : {}),
    ...(feed.enabled ? {} : { enabled: false }),
  };
}

/** Prints the feeds as OPML 2.0. */
export async function exportOpmlVerb(): Promise<void> {
  const env = loadEnv();
  process.stdout.write(renderOpml(loadFeeds(env.FEEDS_FILE), new Date()));
}

/** Prints the JSON Schema of feeds.json. */
export async function schemaVerb(): Promise<void> {
  say(JSON.stringify(feedsJsonSchema(), null, 2));
}
