import type { ParsedFeed, RawItem } from "../model/raw-item.js";

/** True when a parsed JSON value declares itself a JSON Feed (https://www.jsonfeed.org/version/1.1/). */
export function isJsonFeed(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const version = value["version"];
  return (
    typeof version === "string" && /jsonfeed\.org\/version\//i.test(version) && Array.isArray(value["items"])
  );
}

/** Maps a JSON Feed 1.0/1.1 document onto ParsedFeed; items that are not objects are skipped. */
export function mapJsonFeed(feed: Record<string, unknown>): ParsedFeed {
  const items = (feed["items"] as unknown[]).filter(isRecord).map(mapJsonFeedItem);
  return {
    format: "json",
    title: stringOf(feed["title"]),
    link: stringOf(feed["home_page_url"]),
    language: stringOf(feed["language"]),
    items,
    warnings: [],
  };
}

function mapJsonFeedItem(item: Record<string, unknown>): RawItem {
  const url = stringOf(item["url"]);
  const external = stringOf(item["external_url"]);
  const tags = Array.isArray(item["tags"]) ? item["tags"] : [];
  return {
    guid: stringOf(item["id"]) ?? (typeof item["id"] === "number" ? String(item["id"]) : null),
    guidIsPermaLink: false,
    title: stringOf(item["title"]),
    link: url ?? external,
    origLink: null,
    summary: stringOf(item["summary"]) ?? stringOf(item["content_html"]) ?? stringOf(item["content_text"]),
    published: stringOf(item["date_published"]) ?? stringOf(item["date_modified"]),
    sourceName: null,
    sourceUrl: null,
    categories: tags.map(stringOf).filter((tag): tag is string => tag !== null),
    language: stringOf(item["language"]),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
