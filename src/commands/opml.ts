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

/** An OPML entry that was not added, and why (shown to the operator by `feeds import`). */
export interface SkippedOutline {
  title: string;
  xmlUrl: string | null;
  reason: string;
}

/** Reads every outline that has an xmlUrl (nested folders included). */
export function parseOpml(text: string, where: string): OpmlOutline[] {
  return readOpml(text, where).outlines;
}

/**
 * The outlines with an xmlUrl, plus every leaf outline without one (a link or a note, not a feed) as skipped.
 * Folders (outlines with children) are structure, not entries, and are neither.
 */
export function readOpml(
  text: string,
  where: string,
): { outlines: OpmlOutline[]; skipped: SkippedOutline[] } {
  if (!/<opml[\s>]/i.test(text)) throw new ConfigError("not an OPML document (no <opml> element)", { where });
  const outlines: OpmlOutline[] = [];
  const skipped: SkippedOutline[] = [];
  for (const match of text.matchAll(/<outline\b([^>]*)>/gi)) {
    const raw = match[1] ?? "";
    const attributes = readAttributes(raw);
    const xmlUrl = attributes.get("xmlurl");
    if (!xmlUrl) {
      const title = attributes.get("title") ?? attributes.get("text") ?? "(untitled)";
      if (raw.trimEnd().endsWith("/"))
        skipped.push({ title, xmlUrl: null, reason: "no xmlUrl, so not a feed" });
      continue;
    }
    outlines.push({
      title: attributes.get("title") ?? attributes.get("text") ?? xmlUrl,
      xmlUrl,
      htmlUrl: attributes.get("htmlurl") ?? null,
      language: attributes.get("language") ?? null,
    });
  }
  return { outlines, skipped };
}

function readAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set((m[1] ?? "").toLowerCase(), decodeXML(m[3] ?? m[4] ?? "").trim());
  }
  return out;
}

/**
 * Adds outlines whose URL is not yet configured, with ids made from their titles; every outline left out is in
 * `skipped` with its reason.
 */
export function mergeOutlines(
  existing: FeedConfig[],
  outlines: OpmlOutline[],
): { feeds: FeedConfig[]; added: FeedConfig[]; skipped: SkippedOutline[] } {
  const configured = new Map(existing.map((feed) => [feed.url, feed.id]));
  const ids = new Set(existing.map((feed) => feed.id));
  const added: FeedConfig[] = [];
  const skipped: SkippedOutline[] = [];
  const skip = (outline: OpmlOutline, reason: string) =>
    skipped.push({ title: outline.title, xmlUrl: outline.xmlUrl, reason });
  for (const outline of outlines) {
    const already = configured.get(outline.xmlUrl);
    if (already !== undefined) {
      skip(
        outline,
        added.some((f) => f.id === already)
          ? `same URL as ${already} above`
          : `already in feeds.json as ${already}`,
      );
      continue;
    }
    let url: URL;
    try {
      url = new URL(outline.xmlUrl);
    } catch {
      skip(outline, "xmlUrl is not a URL");
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      skip(outline, `xmlUrl is ${url.protocol.replace(/:$/, "")}:, not http(s)`);
      continue;
    }
    const base = slug(outline.title) || slug(url.hostname) || "feed";
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    configured.set(outline.xmlUrl, id);
    const language =
      outline.language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(outline.language) ? outline.language : null;
    added.push({ id, outlet: outline.title, url: outline.xmlUrl, interval: 10, language, enabled: true });
  }
  return { feeds: [...existing, ...added], added, skipped };
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
      `    <outline type="rss" text="${encodeXML(feed.outlet)}" title="${encodeXML(feed.outlet)}" xmlUrl="${encodeXML(feed.url)}"${feed.language === null ? "" : ` language="${encodeXML(feed.language)}"`}/>`,
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
