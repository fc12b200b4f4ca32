/**
 * Google News (news.google.com/rss/search?…): the way to follow Reuters since Reuters closed its feeds.
 * Links are redirects (`/rss/articles/CBMi…?oc=5`); the title ends " - <Outlet>"; the outlet is in `<source>`;
 * the description only repeats the title (or, on top-stories feeds, lists other outlets' headlines).
 * See tests/fixtures/feeds/google-news-*.xml.
 */
export const GOOGLE_NEWS_TRACKING_PARAMS = ["oc"] as const;

const ARTICLE_PATH = /^\/(?:__i\/rss\/rd\/|rss\/)?articles\/([A-Za-z0-9_-]+)$/;

/** True when a URL is a Google News redirect or page (news.google.com). */
export function isGoogleNewsUrl(url: string): boolean {
  try {
    return new URL(url).hostname.toLowerCase() === "news.google.com";
  } catch {
    return false;
  }
}

/**
 * The publisher's URL inside an older Google News article link, or null when the link is opaque.
 * The payload is base64url protobuf: 0x08 0x13 0x22, a varint length, then the URL (links from 2020 decode;
 * links since 2024 carry an "AU_yqL…" token that only Google can resolve).
 */
export function decodeGoogleNewsLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname.toLowerCase() !== "news.google.com") return null;
  const payload = parsed.pathname.match(ARTICLE_PATH)?.[1];
  if (payload === undefined) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes[0] !== 0x08 || bytes[2] !== 0x22) return null;
  let length = 0;
  let shift = 0;
  let at = 3;
  for (; at < bytes.length && at < 8; at += 1) {
    const byte = bytes[at]!;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if ((byte & 0x80) === 0) break;
  }
  const text = bytes.subarray(at + 1, at + 1 + length).toString("utf8");
  return /^https?:\/\/[^\s]+$/.test(text) && text.length === length ? text : null;
}

/** A Google News title without its " - <Outlet>" suffix (only when the suffix names the given outlet). */
export function stripOutletSuffix(title: string, outlet: string | null): string {
  if (outlet === null || outlet === "") return title;
  const suffix = ` - ${outlet}`;
  return title.endsWith(suffix) && title.length > suffix.length
    ? title.slice(0, -suffix.length).trim()
    : title;
}
