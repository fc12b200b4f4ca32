/**
 * parse: takes the bytes of a fetched feed and returns a ParsedFeed (RawItem[] plus what had to be
 * repaired). Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed leniently, as a feed reader must.
 * It never touches the network or disk, never expands DTD entities, and throws nothing but FeedParseError.
 */
import { FeedParseError } from "../errors.js";
import type { ParsedFeed, RawItem } from "../model/raw-item.js";
import { mapAtomEntry } from "./atom.js";
import { closeTruncatedXml } from "./close-truncated-xml.js";
import { decodeBody } from "./decode-body.js";
import { isJsonFeed, mapJsonFeed } from "./json-feed.js";
import { mapRdfItem } from "./rdf.js";
import { readXmlFeed, type XmlFeedDocument } from "./read-xml-feed.js";
import { repairXml } from "./repair-xml.js";
import { mapRssItem } from "./rss.js";
import { sniffDocument } from "./sniff-document.js";
import { xmlAttribute, xmlText } from "./xml-text.js";

export interface ParseOptions {
  /**
   * Items kept per feed (the caller's cap, TRACEWIRE_MAX_ITEMS_PER_FEED); the rest are dropped with a warning.
   * Without it every item is kept: the parser has no cap of its own.
   */
  maxItems?: number;
}

const FEED_ROOTS = /^(?:rss|rdf:rdf|rdf|feed)$/i;
const CHECK_URL_HINT =
  "check the feed URL in feeds.json: the site may have moved the feed or be showing another page";

/** Parses a feed body (bytes as fetched, Content-Type as sent) into raw items; throws FeedParseError. */
export async function parseFeed(
  body: Buffer,
  contentType: string | null,
  feedUrl: string,
  options: ParseOptions = {},
): Promise<ParsedFeed> {
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  // Checked on the bytes: once decoded as text, the gzip magic number is no longer recognisable.
  if (body[0] === 0x1f && body[1] === 0x8b) throw notAFeed("the server sent gzip-compressed bytes", feedUrl);
  const decoded = decodeBody(body, contentType);
  const document = sniffDocument(decoded.text);
  let parsed: ParsedFeed;
  switch (document.kind) {
    case "empty":
      throw new FeedParseError("FEED_EMPTY", "empty response: the server sent no content", {
        where: feedUrl,
      });
    case "html": {
      const title = document.title === null ? "" : ` (<title>${document.title}</title>)`;
      throw notAFeed(`the server sent an HTML page${title}`, feedUrl);
    }
    case "other":
      throw notAFeed(`the server sent ${document.description}`, feedUrl);
    case "json":
      parsed = parseJson(decoded.text, feedUrl);
      break;
    case "xml":
      parsed = await parseXml(decoded.text, document.root, feedUrl);
      break;
  }
  const warnings = [...decoded.warnings, ...parsed.warnings];
  if (parsed.items.length > maxItems) {
    warnings.push(`kept the first ${maxItems} of ${parsed.items.length} items`);
  }
  return { ...parsed, items: parsed.items.slice(0, Math.max(0, maxItems)), warnings };
}

function parseJson(text: string, feedUrl: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw notAFeed("the server sent text that looks like JSON but does not parse", feedUrl, error);
  }
  if (!isJsonFeed(value)) throw notAFeed("the server sent JSON that is not a JSON Feed", feedUrl);
  return mapJsonFeed(value);
}

async function parseXml(text: string, root: string, feedUrl: string): Promise<ParsedFeed> {
  const repaired = repairXml(text);
  if (!FEED_ROOTS.test(root)) {
    const refused =
      repaired.refusedEntities > 0
        ? `; its ${repaired.refusedEntities} entity declarations were refused`
        : "";
    throw notAFeed(
      `the server sent an XML document whose root is <${root}>, not <rss>, <rdf:RDF> or <feed>${refused}`,
      feedUrl,
    );
  }
  if (repaired.expandingEntities > 0) {
    throw new FeedParseError(
      "FEED_MALFORMED",
      `refused: the document declares ${repaired.expandingEntities} XML entities that expand other entities ` +
        `(an entity-expansion "billion laughs" attack); nothing was expanded`,
      { where: feedUrl },
    );
  }
  const warnings = [...repaired.warnings];
  let document: XmlFeedDocument;
  try {
    document = await readXmlFeed(repaired.xml, root);
  } catch (error) {
    const closed = closeTruncatedXml(repaired.xml);
    if (closed === null) throw malformed(error, feedUrl);
    try {
      document = await readXmlFeed(closed.xml, root);
    } catch {
      throw malformed(error, feedUrl);
    }
    const dropped = closed.droppedPartialItem ? " and dropped the unfinished last item" : "";
    warnings.push(
      `the document was cut short: closed ${closed.closed.map((n) => `<${n}>`).join(", ")}${dropped}`,
    );
  }
  return toParsedFeed(document, warnings);
}

function toParsedFeed(document: XmlFeedDocument, warnings: string[]): ParsedFeed {
  const { feed, format } = document;
  const mapItem: (item: Record<string, unknown>) => RawItem =
    format === "atom" ? mapAtomEntry : format === "rdf" ? mapRdfItem : mapRssItem;
  return {
    format,
    title: xmlText(feed["title"]),
    link: xmlText(feed["link"]),
    language:
      xmlText(feed["language"]) ??
      xmlText(feed["dcLanguage"]) ??
      xmlAttribute({ $: feed["rootAttributes"] }, "xml:lang"),
    items: document.items.map(mapItem),
    warnings,
  };
}

function notAFeed(what: string, feedUrl: string, cause?: unknown): FeedParseError {
  return new FeedParseError("FEED_NOT_A_FEED", `not a feed: ${what}`, {
    where: feedUrl,
    hint: CHECK_URL_HINT,
    cause,
  });
}

function malformed(error: unknown, feedUrl: string): FeedParseError {
  const reason = error instanceof Error ? error.message : String(error);
  const oneLine = reason.replace(/\s*\n\s*/g, ", ").replace(/,\s*$/, "");
  return new FeedParseError("FEED_MALFORMED", `malformed feed: the XML cannot be read (${oneLine})`, {
    where: feedUrl,
    hint: "the publisher's feed is broken; it is retried on the next poll",
    cause: error,
  });
}
