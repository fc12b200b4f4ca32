/**
 * An RSS 2.0 feed of real labelled headlines (tests/fixtures/headlines), for tests that need a feed of a given
 * size or shape: the caller picks each item's link and guid, the text is always a real headline's.
 */
import type { LabelledHeadline } from "./labelled-headlines.js";

export interface HeadlineRssItem {
  headline: LabelledHeadline;
  link: string;
  guid: string;
}

/** The RSS 2.0 document for the items, newest first, one minute apart before `now`. */
export function headlineRss(title: string, items: HeadlineRssItem[], now: Date): string {
  const entries = items.map(({ headline, link, guid }, index) => {
    const published = new Date(now.getTime() - index * 60_000).toUTCString();
    return [
      "<item>",
      `<title>${escapeXml(headline.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
      headline.summary ? `<description>${escapeXml(headline.summary)}</description>` : "",
      `<pubDate>${published}</pubDate>`,
      "</item>",
    ].join("");
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' +
    `<title>${escapeXml(title)}</title><link>https://example.org/</link><description>test</description>` +
    `${entries.join("\n")}</channel></rss>\n`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
