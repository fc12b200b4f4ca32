import Parser from "rss-parser";
import type { FeedFormat } from "../model/raw-item.js";

/** rss-parser's view of a feed document, with the custom fields asked for below. */
export interface XmlFeedDocument {
  format: Exclude<FeedFormat, "json">;
  feed: Record<string, unknown>;
  items: Record<string, unknown>[];
}

// One parser for the process (rss-parser keeps no state between parseString calls).
const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
  defaultRSS: 2,
  customFields: {
    // rss-parser's types allow only names here, but its copyFromXML takes [from, to, options] for feeds too.
    feed: [
      ["$", "rootAttributes", { keepArray: true }],
      ["dc:language", "dcLanguage"],
    ] as unknown as string[],
    item: [
      ["guid", "guidRaw", { keepArray: true }],
      ["$", "itemAttributes", { keepArray: true }],
      ["dc:language", "dcLanguage"],
      ["source", "sourceRaw", { keepArray: true }],
      ["category", "categoryRaw", { keepArray: true }],
      ["feedburner:origLink", "origLink"],
      ["dwsyn:contentID", "dwContentId"],
      ["tw-published", "twPublished"],
      ["tw-updated", "twUpdated"],
      ["tw-issued", "twIssued"],
      ["tw-modified", "twModified"],
    ],
  },
});

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom text with rss-parser. Rejects with the XML parser's own error
 * when the text is not well-formed. Atom date elements are renamed first because rss-parser converts them
 * with `new Date(...).toISOString()`, which throws on one bad date and would lose the whole feed.
 */
export async function readXmlFeed(xml: string, root: string): Promise<XmlFeedDocument> {
  const format = formatOfRoot(root);
  const text =
    format === "atom" ? xml.replace(/<(\/?)(published|updated|issued|modified)(?=[\s>/])/g, "<$1tw-$2") : xml;
  const parsed = (await parser.parseString(text)) as unknown as Record<string, unknown>;
  const items = Array.isArray(parsed["items"]) ? (parsed["items"] as Record<string, unknown>[]) : [];
  return { format, feed: parsed, items };
}

/** The feed format a root element stands for; RSS for anything else rss-parser accepted. */
export function formatOfRoot(root: string): Exclude<FeedFormat, "json"> {
  const local = root.replace(/^.*:/, "").toLowerCase();
  if (local === "feed") return "atom";
  if (local === "rdf") return "rdf";
  return "rss2";
}
