/**
 * `tracewire feeds add URL` and `feeds enable|disable ID`: edit feeds.json in place, changing only the bytes
 * the edit needs (appendFeeds, setFeedEnabled), checking the result with the loader's own zod schema before it
 * replaces the file, so a refused edit leaves the file as it was. One-shot: nothing is fetched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { appendFeeds } from "../config/append-feeds.js";
import { feedEntrySchema } from "../config/feeds-schema.js";
import { loadEnv } from "../config/load-env.js";
import { loadFeeds, parseFeeds } from "../config/load-feeds.js";
import { setFeedEnabled } from "../config/set-feed-enabled.js";
import { UsageError } from "../errors.js";
import { say } from "./with-context.js";

export interface FeedsAddOptions {
  id?: string;
  outlet?: string;
  interval?: string;
  language?: string;
}

/** The CLI flag (or argument) that sets each field of a feed entry, for messages. */
const FLAG_OF: Record<string, string> = {
  id: "--id",
  outlet: "--outlet",
  url: "URL",
  interval: "--interval",
  language: "--language",
};

/** Adds one feed at the end of feeds.json; refuses a URL or id already there. */
export async function addFeedVerb(url: string, options: FeedsAddOptions): Promise<void> {
  const file = loadEnv().FEEDS_FILE;
  const existing = loadFeeds(file);
  const host = hostOf(url);
  const entry: Record<string, unknown> = {
    id: options.id ?? freeId(slug(host), new Set(existing.map((f) => f.id))),
    outlet: options.outlet ?? host,
    url,
    ...(options.interval === undefined ? {} : { interval: minutes(options.interval) }),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
  const checked = feedEntrySchema.safeParse(entry);
  if (!checked.success) {
    // A bad URL first: the id and outlet made from it are only as good as it is.
    const issues = checked.error.issues;
    const issue = issues.find((i) => i.path[0] === "url") ?? issues[0]!;
    const field = String(issue.path[0] ?? "url");
    throw new UsageError(
      `${FLAG_OF[field] ?? field}: ${issue.message}, got ${JSON.stringify(entry[field])}`,
      {
        where: "tracewire feeds add",
        hint: "see tracewire feeds add --help; nothing was changed",
      },
    );
  }
  const sameUrl = existing.find((f) => f.url === url);
  if (sameUrl) {
    throw new UsageError(`${url} is already in feeds.json as ${sameUrl.id}`, {
      where: file,
      hint: `nothing was changed; tracewire feeds enable ${sameUrl.id} if it is disabled`,
    });
  }
  if (existing.some((f) => f.id === entry["id"])) {
    throw new UsageError(`a feed with id "${String(entry["id"])}" is already in feeds.json`, {
      where: file,
      hint: "nothing was changed; choose another --id (ids are never reused)",
    });
  }
  const after = appendFeeds(readFileSync(file, "utf8"), [entry], file);
  parseFeeds(file, after); // checked before it replaces the file, so a failure leaves it as it was
  writeFileSync(file, after);
  say(`added feed ${String(entry["id"])} (${String(entry["outlet"])}) ${url} to ${file}`);
  say(
    "nothing was fetched: run tracewire poll to fetch it now, and restart tracewire run to poll it on schedule",
  );
}

/** Sets `enabled` on one feed of feeds.json; an unknown id lists the ids there are. */
export async function setFeedEnabledVerb(id: string, enabled: boolean): Promise<void> {
  const file = loadEnv().FEEDS_FILE;
  const feeds = loadFeeds(file);
  const feed = feeds.find((f) => f.id === id);
  if (!feed) {
    throw new UsageError(`no feed has id "${id}"`, {
      where: file,
      hint: `the ids are: ${feeds.map((f) => f.id).join(", ") || "(none)"}`,
    });
  }
  const state = enabled ? "enabled" : "disabled";
  if (feed.enabled === enabled) {
    say(`feed ${id} is already ${state} in ${file}; nothing was changed`);
    return;
  }
  const after = setFeedEnabled(readFileSync(file, "utf8"), id, enabled, file)!;
  parseFeeds(file, after);
  writeFileSync(file, after);
  say(`feed ${id} ${state} in ${file}`);
  say(
    enabled
      ? "run tracewire poll to fetch it now, and restart tracewire run to poll it on schedule"
      : "its stored items stay searchable; restart tracewire run to stop polling it",
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

function minutes(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new UsageError(`--interval: expected whole minutes, got ${JSON.stringify(value)}`, {
      where: "tracewire feeds add",
      hint: "e.g. --interval 30; nothing was changed",
    });
  }
  return Number(value);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

function freeId(base: string, taken: Set<string>): string {
  const start = base || "feed";
  let id = start;
  for (let n = 2; taken.has(id); n++) id = `${start}-${n}`;
  return id;
}
