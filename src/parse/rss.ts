import type { RawItem } from "../model/raw-item.js";
import { xmlAttribute, xmlText } from "./xml-text.js";

/** What rss-parser returns for one RSS item, with the custom fields parse-feed.ts asks for. */
export type RssParserItem = Record<string, unknown>;

/**
 * Maps one RSS 2.0 (or 0.9x) item from rss-parser onto RawItem. The guid keeps its isPermaLink flag
 * (default true, RSS 2.0 spec); <source url> names the outlet behind an aggregator such as Google News.
 */
export function mapRssItem(item: RssParserItem): RawItem {
  const guidRaw = item["guidRaw"];
  const isPermaLink = xmlAttribute(guidRaw, "isPermaLink");
  return {
    guid: xmlText(guidRaw),
    guidIsPermaLink: isPermaLink === null ? true : isPermaLink.toLowerCase() !== "false",
    title: xmlText(item["title"]),
    link: xmlText(item["link"]),
    origLink: xmlText(item["origLink"]),
    summary: xmlText(item["content"]) ?? xmlText(item["content:encoded"]) ?? xmlText(item["summary"]),
    published: xmlText(item["pubDate"]) ?? xmlText(item["date"]),
    sourceName: xmlText(item["sourceRaw"]),
    sourceUrl: xmlAttribute(item["sourceRaw"], "url"),
    categories: categoriesOf(item["categoryRaw"]),
    language: xmlText(item["dcLanguage"]) ?? xmlAttribute({ $: item["itemAttributes"] }, "xml:lang"),
  };
}

function categoriesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((category) => xmlText(category)).filter((text): text is string => text !== null);
}
