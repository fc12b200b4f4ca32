import { ALJAZEERA_TRACKING_PARAMS } from "./outlets/aljazeera.js";
import { DW_TRACKING_PARAMS } from "./outlets/dw.js";
import { GOOGLE_NEWS_TRACKING_PARAMS } from "./outlets/google-news.js";

// Parameters that only say how a reader arrived, never which article: analytics (utm_*, BBC/AT Internet's
// at_*, fbclid, gclid, mc_*), CNN/BBC campaign codes (cmpid, ito, ocid), Reuters' FeedBurner feedType/feedName,
// and the outlets' own (outlets/*.ts).
const TRACKING_PARAMS = new Set<string>([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "igshid",
  "cmpid",
  "ito",
  "ocid",
  "smid",
  "at_medium",
  "at_campaign",
  "at_source",
  "at_link",
  "at_format",
  "feedtype",
  "feedname",
  ...DW_TRACKING_PARAMS,
  ...ALJAZEERA_TRACKING_PARAMS,
]);
const TRACKING_PREFIXES = ["utm_", "at_custom"];
const GOOGLE_ONLY_PARAMS = new Set<string>(GOOGLE_NEWS_TRACKING_PARAMS);

/**
 * The canonical form of an article URL, used to recognise the same article across feeds and polls:
 * https (http is the same identity), lower-case host, no default port, no fragment, no tracking parameters,
 * remaining parameters sorted, no trailing slash except on the root. Text that is not an absolute http(s)
 * URL is returned trimmed and otherwise untouched.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return trimmed;
  const port = parsed.port;
  parsed.protocol = "https:";
  if (port === "80" || port === "443") parsed.port = "";
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  const google = parsed.hostname === "news.google.com";
  const kept = [...parsed.searchParams.entries()].filter(([name]) => {
    const key = name.toLowerCase();
    if (TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return false;
    return !(google && GOOGLE_ONLY_PARAMS.has(key));
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith("/")) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, "") || "/";
  }
  return parsed.toString();
}

/**
 * canonicalUrl, keeping the in-page anchor that names one post on a page of several (a blog's day page:
 * `…/2017/06/26.html#a080605`). Fragments that carry parameters (`#xtor=RSS-3208`, `#ref=rss`) are tracking
 * and still go, as does an empty one.
 */
export function canonicalPostUrl(url: string): string {
  const canonical = canonicalUrl(url);
  let fragment: string;
  try {
    fragment = new URL(url.trim()).hash.slice(1);
  } catch {
    return canonical;
  }
  if (!canonical.startsWith("https://") || fragment === "" || /[=&]/.test(fragment)) return canonical;
  return `${canonical}#${fragment}`;
}

/** An absolute http(s) URL for a link as published, resolved against the given bases in order; null if none. */
export function resolveUrl(link: string | null, ...bases: (string | null)[]): string | null {
  if (link === null) return null;
  const text = link.trim();
  if (text === "") return null;
  for (const base of [undefined, ...bases]) {
    if (base === null) continue;
    try {
      const resolved = base === undefined ? new URL(text) : new URL(text, base);
      if (resolved.protocol === "http:" || resolved.protocol === "https:") return resolved.toString();
      return null;
    } catch {
      // not absolute, or not resolvable against this base: try the next one
    }
  }
  return null;
}
