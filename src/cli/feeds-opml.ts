/** `tracewire feeds import FILE.opml`, `feeds export --opml`, `feeds schema`. */
import { readFileSync, writeFileSync } from "node:fs";
import { mergeOutlines, readOpml, renderOpml, type SkippedOutline } from "../commands/opml.js";
import { appendFeeds } from "../config/append-feeds.js";
import { feedsJsonSchema } from "../config/feeds-schema.js";
import { loadEnv } from "../config/load-env.js";
import { loadFeeds, parseFeeds } from "../config/load-feeds.js";
import { ConfigError } from "../errors.js";
import type { FeedConfig } from "../model/feed.js";
import { say } from "./with-context.js";

/**
 * Adds the OPML file's feeds to the end of the feeds file, leaving the rest of it as written (formatting,
 * order, key order), and reports what was added and every entry skipped with its reason.
 */
export async function importOpmlVerb(file: string): Promise<void> {
  const env = loadEnv();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new ConfigError("cannot be read", { where: file, cause });
  }
  const existing = loadFeeds(env.FEEDS_FILE);
  const opml = readOpml(text, file);
  const { added, skipped } = mergeOutlines(existing, opml.outlines);
  if (added.length > 0) {
    const after = appendFeeds(readFileSync(env.FEEDS_FILE, "utf8"), added.map(compact), env.FEEDS_FILE);
    parseFeeds(env.FEEDS_FILE, after); // checked before it replaces the file, so a failure leaves it as it was
    writeFileSync(env.FEEDS_FILE, after);
  }
  say(
    `added ${added.length} ${added.length === 1 ? "feed" : "feeds"} to ${env.FEEDS_FILE}` +
      (added.length ? `: ${added.map((f) => f.id).join(", ")}` : ""),
  );
  const all = [...opml.skipped, ...skipped];
  if (all.length > 0) say(`skipped ${all.length} ${all.length === 1 ? "entry" : "entries"} of ${file}:`);
  for (const entry of all) say(`  ${describeSkipped(entry)}`);
}

function describeSkipped(entry: SkippedOutline): string {
  return `"${entry.title}"${entry.xmlUrl ? ` ${entry.xmlUrl}` : ""}: ${entry.reason}`;
}

function compact(feed: FeedConfig): Record<string, unknown> {
  return {
    id: feed.id,
    outlet: feed.outlet,
    url: feed.url,
    ...(feed.interval !== 10 ? { interval: feed.interval } : {}),
    ...(feed.language !== null ? { language: feed.language } : {}),
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
