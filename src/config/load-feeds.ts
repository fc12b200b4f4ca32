/**
 * Reads feeds.json (or the file FEEDS_FILE names), checks it with zod and returns the feeds with defaults
 * applied. Every problem is reported at once, each naming the file, the feed and the field.
 */
import { ConfigError } from "../errors.js";
import type { FeedConfig } from "../model/feed.js";
import { feedsFileSchema } from "./feeds-schema.js";
import { formatIssues } from "./format-issues.js";
import { parseConfigJson, readConfigText } from "./read-config-json.js";

export const FEED_DEFAULTS = { interval: 10, language: null, enabled: true } as const;

/** Loads and validates a feeds file. Throws ConfigError (exit code 2) with one line per problem. */
export function loadFeeds(file: string): FeedConfig[] {
  const text = readConfigText(file, "set FEEDS_FILE to your feeds file, or create feeds.json (see README)");
  return parseFeeds(file, text);
}

/** Validates feeds-file text; `file` is only used in messages. */
export function parseFeeds(file: string, text: string): FeedConfig[] {
  const json = parseConfigJson(file, text);
  const result = feedsFileSchema.safeParse(json);
  if (!result.success) {
    throw new ConfigError(formatIssues(file, result.error.issues, json).join("\n"));
  }
  const seen = new Map<string, number>();
  const problems: string[] = [];
  result.data.feeds.forEach((feed, index) => {
    const first = seen.get(feed.id);
    if (first !== undefined) {
      problems.push(`${file}: feeds[${index}] (id "${feed.id}").id: duplicate of feeds[${first}]`);
    }
    seen.set(feed.id, index);
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return result.data.feeds.map((feed) => ({
    id: feed.id,
    outlet: feed.outlet,
    url: feed.url,
    interval: feed.interval ?? FEED_DEFAULTS.interval,
    language: feed.language ?? FEED_DEFAULTS.language,
    enabled: feed.enabled ?? FEED_DEFAULTS.enabled,
  }));
}
