import type { Urgency } from "../model/classification.js";
import { urgencyAt } from "../model/fresh-news.js";
import type { StoredItem } from "../model/item.js";
import type { Story } from "../model/story.js";
import { baseLanguage } from "../text/item-language.js";
import { cleanText } from "./clean-text.js";
import { topicLabel } from "./display-names.js";
import { parseInstant } from "./format-time.js";
import { safeHttpUrl } from "./no-ping.js";

/** One outlet's report of a story, cleaned for display. */
export interface ReportFacts {
  title: string;
  /** An http(s) URL or null: never a javascript: or relative link. */
  url: string | null;
  outlet: string;
  summary: string;
  published: Date | null;
  /** The language code shown before a headline not in English ("th"), else null. */
  language: string | null;
}

/** What every renderer shows about a story, cleaned once (raw feed text, not yet escaped). */
export interface StoryFacts extends ReportFacts {
  id: string;
  urgency: Urgency;
  /** Country codes, upper case. */
  countries: string[];
  /** Topic labels ("Scam compounds"). */
  topics: string[];
  /** The one-line reason, or "" when the item has no classification. */
  reason: string;
  also: ReportFacts[];
}

/** Cleaned display facts for one item. */
export function reportFacts(item: StoredItem): ReportFacts {
  return {
    title: cleanText(item.title) || "(untitled)",
    url: safeHttpUrl(item.url) ?? safeHttpUrl(item.link),
    outlet: cleanText(item.outlet) || "unknown outlet",
    summary: cleanText(item.summary),
    published: parseInstant(item.publishedAt),
    language: shownLanguage(item.language),
  };
}

/** A headline is shown as published; one in another language than English carries its code, "[th]". */
function shownLanguage(tag: string): string | null {
  const code = baseLanguage(tag);
  return code === null || code === "en" || code === "und" ? null : code;
}

/** "[th] " before a headline in another language than English, "" for English. */
export function languageBadge(f: ReportFacts): string {
  return f.language ? `[${f.language}] ` : "";
}

/**
 * Cleaned display facts for a story: its lead, classification and "also" reports. The urgency is the one at
 * `now`: a story classified breaking but published hours ago is shown as normal news (fresh-news.ts).
 */
export function storyFacts(story: Story, now: Date): StoryFacts {
  const c = story.lead.classification;
  return {
    ...reportFacts(story.lead),
    id: story.id,
    urgency: urgencyAt(story.lead, now),
    countries: (c?.countries ?? []).map((x) => cleanText(x).toUpperCase()).filter(Boolean),
    topics: (c?.topics ?? []).map((t) => cleanText(topicLabel(t))).filter(Boolean),
    reason: [newReportsLine(story.newReports), cleanText((c?.reasons ?? []).slice(0, 2).join("; "))]
      .filter(Boolean)
      .join(" · "),
    also: story.also.map(reportFacts),
  };
}

/** "+2 new reports since" for a story shown again in a digest, "" when there are none. */
export function newReportsLine(count: number | undefined): string {
  if (!count) return "";
  return `+${count} new ${count === 1 ? "report" : "reports"} since`;
}
