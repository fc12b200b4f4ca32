/**
 * Feeds in the outlets' real formats (DW RDF, Al Jazeera WordPress RSS, VOA Pangea RSS, Google News search
 * RSS for Reuters, UN News RSS, UNODC RSS), filled with real labelled headlines. The shapes follow the
 * captures in tests/fixtures/feeds (see their .source.txt sidecars): DW's rdf:about + dc:date + ?maca=,
 * Al Jazeera's CDATA entities + ?traffic_source=rss + ?t= guids, VOA's empty descriptions, Google News'
 * opaque links + " - Reuters" + <source> + echo description, UN News' 12:00:00 dates.
 */
import { createHash } from "node:crypto";
import type { FeedConfig } from "../../src/model/feed.js";
import type { LabelledHeadline } from "./labelled-headlines.js";

export const OUTLET_FORMATS = ["dw", "aljazeera", "voa", "reuters", "un-news", "unodc"] as const;
export type OutletFormat = (typeof OUTLET_FORMATS)[number];

export interface OutletFeed {
  format: OutletFormat;
  /** Path on the feed server. */
  path: string;
  contentType: string;
  body: string;
  feed: Omit<FeedConfig, "url">;
  headlines: LabelledHeadline[];
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const token = (s: string) => createHash("sha256").update(s).digest("base64url").slice(0, 40);
const id = (s: string) =>
  String(Number.parseInt(createHash("sha256").update(s).digest("hex").slice(0, 8), 16));

/** Spreads the headlines over the six outlet formats; item i is published i*17 minutes before `now`. */
export function buildOutletFeeds(headlines: LabelledHeadline[], now: Date): OutletFeed[] {
  const groups = new Map<OutletFormat, { h: LabelledHeadline; at: Date }[]>(
    OUTLET_FORMATS.map((f) => [f, []]),
  );
  headlines.forEach((h, i) => {
    groups
      .get(OUTLET_FORMATS[i % OUTLET_FORMATS.length]!)!
      .push({ h, at: new Date(now.getTime() - i * 17 * 60_000) });
  });
  return OUTLET_FORMATS.map((format) => {
    const entries = groups.get(format)!;
    return { format, ...render(format, entries), headlines: entries.map((e) => e.h) };
  });
}

function render(
  format: OutletFormat,
  entries: { h: LabelledHeadline; at: Date }[],
): Omit<OutletFeed, "format" | "headlines"> {
  switch (format) {
    case "dw":
      return {
        path: "/rdf/rss-en-all",
        contentType: "application/rdf+xml; charset=utf-8",
        feed: { id: "dw-all", outlet: "DW", interval: 10, language: "en", enabled: true },
        body: `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dwsyn="http://rss.dw.com/syndication/dwsyn/">
<channel rdf:about="https://rss.dw.com/syndication/feeds/rss-en-all.1573.rdf"><description>All English news</description><link>https://www.dw.com/en/?maca=en-rss-en-all-1573-rdf</link><title>Deutsche Welle: DW.com - News</title>
<items><rdf:Seq>${entries.map(({ h }) => `<rdf:li rdf:resource="${esc(dw(h))}" />`).join("")}</rdf:Seq></items></channel>
${entries
  .map(
    ({ h, at }) =>
      `<item rdf:about="${esc(dw(h))}"><title>${esc(h.title)}</title><link>${esc(dw(h))}</link><description>${esc(h.summary ?? "")}</description><dc:date>${at.toISOString().replace(/\.\d+Z$/, "Z")}</dc:date><dc:language>en</dc:language><dwsyn:contentID>${id(h.url)}</dwsyn:contentID></item>`,
  )
  .join("\n")}
</rdf:RDF>`,
      };
    case "aljazeera":
      return {
        path: "/xml/rss/all.xml",
        contentType: "application/rss+xml; charset=UTF-8",
        feed: { id: "aljazeera-all", outlet: "Al Jazeera", interval: 10, language: "en", enabled: true },
        body: `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Al Jazeera &#8211; Breaking News, World News and Video from Al Jazeera</title><link>https://www.aljazeera.com</link><description>Breaking News, World News and Video from Al Jazeera</description><language>en</language>
${entries
  .map(
    ({ h, at }) =>
      `<item><link>${esc(withParam(h.url, "traffic_source", "rss"))}</link><title>${esc(h.title)}</title><description><![CDATA[${(h.summary ?? "").replace(/'/g, "&#039;")} ]]></description><pubDate>${at.toUTCString().replace("GMT", "+0000")}</pubDate><category>News</category><guid isPermaLink="false">https://www.aljazeera.com/?t=${Math.floor(at.getTime() / 1000)}</guid></item>`,
  )
  .join("\n")}
</channel></rss>`,
      };
    case "voa":
      return {
        path: "/api/zobo_l-vomx-tpepvmv",
        contentType: "application/rss+xml; charset=utf-8",
        feed: { id: "voa-east-asia", outlet: "VOA", interval: 10, language: "en", enabled: true },
        body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>East Asia - Voice of America - English</title><link>https://www.voanews.com/z/598</link><description>Voice of America</description><language>en</language><generator>Pangea CMS – VOA</generator>
${[...entries]
  .reverse()
  .map(({ h, at }, i) => {
    const link = `https://www.voanews.com/a/${id(h.url)}.html`;
    const description = i % 2 === 0 ? "<description/>" : `<description>${esc(h.summary ?? "")}</description>`;
    return `<item><title>${esc(h.title)}</title>${description}<link>${link}</link><guid>${link}</guid><pubDate>${at.toUTCString().replace("GMT", "+0000")}</pubDate><category>East Asia Pacific</category><enclosure url="https://gdb.voanews.com/${id(h.title)}_w800_h450.jpg" length="0" type="image/jpeg" /></item>`;
  })
  .join("\n")}
</channel></rss>`,
      };
    case "reuters":
      return {
        path: "/rss/search",
        contentType: "application/xml; charset=utf-8",
        feed: {
          id: "reuters-trafficking",
          outlet: "Google News",
          interval: 15,
          language: "en",
          enabled: true,
        },
        body: `<rss version="2.0"><channel><generator>NFE/5.0</generator><title>"trafficking site:reuters.com" - Google News</title><link>https://news.google.com/search?q=trafficking+site:reuters.com&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link><language>en-US</language><description>Google News</description>${entries
          .map(({ h, at }) => {
            const link = `https://news.google.com/rss/articles/CBMi${token(h.url)}?oc=5`;
            const title = `${h.title} - Reuters`;
            return `<item><title>${esc(title)}</title><link>${link}</link><guid isPermaLink="false">CBMi${token(h.url)}</guid><pubDate>${at.toUTCString()}</pubDate><description>${esc(`<a href="${link}" target="_blank">${h.title}</a>&nbsp;&nbsp;<font color="#6f6f6f">Reuters</font>`)}</description><source url="https://www.reuters.com">Reuters</source></item>`;
          })
          .join("")}</channel></rss>`,
      };
    case "un-news":
      return {
        path: "/feed/subscribe/en/news/region/asia-pacific/feed/rss.xml",
        contentType: "application/rss+xml; charset=utf-8",
        feed: { id: "un-news-asia-pacific", outlet: "UN News", interval: 10, language: "en", enabled: true },
        body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://news.un.org/en" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Asia Pacific</title><link>https://news.un.org/en/news/region/asia-pacific</link><description></description><language>en</language>
${entries
  .map(({ h, at }) => {
    const link = `https://news.un.org/feed/view/en/story/${at.toISOString().slice(0, 7).replace("-", "/")}/${id(h.url)}`;
    const date = new Date(`${at.toISOString().slice(0, 10)}T12:00:00Z`);
    return `<item><title>${esc(h.title)}</title><link>${link}</link><description>${esc(h.summary ?? "")}</description><pubDate>${date.toUTCString().replace("GMT", "+0000")}</pubDate><guid isPermaLink="false">${id(h.url)} at https://news.un.org</guid></item>`;
  })
  .join("\n")}
</channel></rss>`,
      };
    case "unodc":
      return {
        path: "/unodc/en/rss/news.xml",
        contentType: "text/xml",
        feed: { id: "unodc-news", outlet: "UNODC", interval: 30, language: "en", enabled: true },
        body: `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>UNODC - News</title><link>https://www.unodc.org/</link><description>UNODC press releases and news</description>
${entries
  .map(
    ({ h, at }) =>
      `<item><title>${esc(h.title)}</title><link>${esc(h.url)}</link><description>${esc(h.summary ?? "")}</description><pubDate>${at.toUTCString()}</pubDate></item>`,
  )
  .join("\n")}
</channel></rss>`,
      };
  }
}

function dw(h: LabelledHeadline): string {
  return `https://www.dw.com/en/${id(h.url)}/a-${id(h.url)}?maca=en-rss-en-all-1573-rdf`;
}

function withParam(url: string, key: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(key, value);
  return u.toString();
}

/** Encodes a feed body for serving: UNODC's declaration says ISO-8859-1, so its bytes must be Latin-1. */
export function feedBytes(feed: OutletFeed): Buffer {
  if (feed.format !== "unodc") return Buffer.from(feed.body, "utf8");
  // Characters outside Latin-1 travel as character references, as a Latin-1 generator writes them.
  return Buffer.from(
    feed.body.replace(/[^\u0000-\u00ff]/gu, (ch) => `&#${ch.codePointAt(0)};`),
    "latin1",
  );
}
