import type { RawItem } from "../model/raw-item.js";
import { xmlAttribute, xmlText } from "./xml-text.js";

/** What rss-parser returns for one Atom entry, with the custom fields parse-feed.ts asks for. */
export type AtomParserEntry = Record<string, unknown>;

/**
 * Maps one Atom entry onto RawItem: id is the guid (never a permalink by itself), the alternate link is the
 * article, summary before content, published before updated (Atom 0.3's issued/modified as a fallback).
 */
export function mapAtomEntry(entry: AtomParserEntry): RawItem {
  return {
    guid: xmlText(entry["id"]),
    guidIsPermaLink: false,
    title: xmlText(entry["title"]),
    link: xmlText(entry["link"]),
    origLink: xmlText(entry["origLink"]),
    summary: xmlText(entry["summary"]) ?? xmlText(entry["content"]),
    published:
      xmlText(entry["twPublished"]) ??
      xmlText(entry["twIssued"]) ??
      xmlText(entry["twUpdated"]) ??
      xmlText(entry["twModified"]),
    sourceName: null,
    sourceUrl: null,
    categories: categoriesOf(entry["categoryRaw"]),
    language: xmlText(entry["dcLanguage"]) ?? xmlAttribute({ $: entry["itemAttributes"] }, "xml:lang"),
  };
}

function categoriesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((category) => xmlAttribute(category, "label") ?? xmlAttribute(category, "term") ?? xmlText(category))
    .filter((text): text is string => text !== null);
}
