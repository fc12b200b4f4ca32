/** OPML, the feed readers' exchange format: read outlines into feeds and write feeds as outlines. */
import { decodeXML, encodeXML } from "entities";
import { ConfigError } from "../errors.js";
import type { FeedConfig } from "../model/feed.js";

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
  language: string | null;
}

/** Reads every outline that has an xmlUrl (nested folders included). */
export function parseOpml(text: string, where: string): OpmlOutline[] {
  if (!/<opml[\s>]/i.test(text)) throw new ConfigError("not an OPML document (no <opml> element)", { where });
  const outlines: OpmlOutline[] = [];
  for (const match of text.matchAll(/<outline\b([^>]*)>/gi)) {
    const attributes = readAttributes(match[1] ?? "");
    const xmlUrl = attributes.get("xmlurl");
    if (!xmlUrl) continue;
    outlines.push({
      title: attributes.get("title") ?? attributes.get("text") ?? xmlUrl,
      xmlUrl,
      htmlUrl: attributes.get("htmlurl") ?? null,
      language: attributes.get("language") ?? null,
    });
  }
  return outlines;
}

function readAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set((m[1] ?? "").toLowerCase(), decodeXML(m[3] ?? m[4] ?? "").trim());
  }
  return out;
}

/** Adds outlines whose URL is not yet configured, with ids made from their titles. */
export function mergeOutlines(
  existing: FeedConfig[],
  outlines: OpmlOutline[],
): { feeds: FeedConfig[]; added: FeedConfig[] } {
  const urls = new Set(existing.map((feed) => feed.url));
  const ids = new Set(existing.map((feed) => feed.id));
  const added: FeedConfig[] = [];
  for (const outline of outlines) {
    if (urls.has(outline.xmlUrl)) continue;
    let url: URL;
    try {
      url = new URL(outline.xmlUrl);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    const base = slug(outline.title) || slug(url.hostname) || "feed";
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    urls.add(outline.xmlUrl);
    const language =
      outline.language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(outline.language) ? outline.language : "en";
    added.push({ id, outlet: outline.title, url: outline.xmlUrl, interval: 10, language, enabled: true });
  }
  return { feeds: [...existing, ...added], added };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

/** OPML 2.0 with one outline per feed. */
export function renderOpml(feeds: FeedConfig[], now: Date): string {
  const lines = feeds.map(
    (feed) =>
      `    <outline type="rss" text="${encodeXML(feed.outlet)}" title="${encodeXML(feed.outlet)}" xmlUrl="${encodeXML(feed.url)}" language="${encodeXML(feed.language)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    "  <head>",
    "    <title>tracewire feeds</title>",
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    "  </head>",
    "  <body>",
    ...lines,
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}
