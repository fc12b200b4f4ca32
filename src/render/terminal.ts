/**
 * Plain-text rendering for `console` delivery (what `npm start` prints with no Slack or Discord account).
 * Feed text is cleaned of control characters, so a feed cannot send escape sequences to the terminal;
 * ANSI colour is added only when asked for. Never writes anything itself.
 */
import type { StoredItem } from "../model/item.js";
import type { Digest, Story } from "../model/story.js";
import { cleanTitle } from "./clean-text.js";
import { countryLabel, urgencyBadge } from "./display-names.js";
import { formatAge, formatDate, formatTime, parseInstant } from "./format-time.js";
import { truncate } from "./limits.js";
import { planDigestSections } from "./render-digest.js";
import { languageBadge, type StoryFacts, storyFacts } from "./story-facts.js";
import { storyPageUrl } from "./story-page-url.js";

export interface TerminalRenderOptions {
  now: Date;
  /** The reader's IANA zone (the subscription's, or TZ for CLI output): every time is written in it. */
  timeZone: string;
  color: boolean;
  title?: string;
  /** TRACEWIRE_PUBLIC_URL: each story links to its page in the web archive. */
  publicUrl?: string;
}

const ANSI = { bold: "1", dim: "2", red: "31", yellow: "33", cyan: "36", underline: "4" } as const;

function paint(on: boolean, style: keyof typeof ANSI, s: string): string {
  return on ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s;
}

/** The lines for one story: title, outlet and time, link, places and topics, reason, "also" links. */
function storyLines(f: StoryFacts, options: TerminalRenderOptions, summary: boolean): string[] {
  const c = options.color;
  const badge = f.urgency === "breaking" ? `${paint(c, "red", "BREAKING")} ` : "";
  const when = f.published
    ? `${formatTime(f.published, options.timeZone)} (${formatAge(f.published, options.now)})`
    : "date unknown";
  const lines = [
    `${badge}${languageBadge(f)}${paint(c, "bold", truncate(f.title, 400))}`,
    `  ${truncate(f.outlet, 120)} · ${when}`,
  ];
  if (f.url) lines.push(`  ${paint(c, "cyan", f.url)}`);
  const tags = [f.countries.map(countryLabel).join(", "), f.topics.join(", ")].filter(Boolean).join(" · ");
  if (tags) lines.push(`  ${truncate(tags, 300)}`);
  if (summary && f.summary) lines.push(`  ${truncate(f.summary, 600)}`);
  if (f.reason) lines.push(`  ${paint(c, "dim", `why: ${truncate(f.reason, 300)}`)}`);
  const page = storyPageUrl(options.publicUrl, f.id);
  if (page) lines.push(`  archive: ${paint(c, "cyan", page)}`);
  for (const r of f.also) {
    lines.push(`  also: ${truncate(r.outlet, 120)}${r.url ? ` ${paint(c, "cyan", r.url)}` : ""}`);
  }
  return lines;
}

/** A digest as readable text: a title line, then each section's stories, newest first. */
export function renderTerminalDigest(digest: Digest, options: TerminalRenderOptions): string {
  const c = options.color;
  const title = truncate(
    cleanTitle(options.title, `Tracewire digest · ${formatDate(options.now, options.timeZone)}`),
    200,
  );
  const sections = planDigestSections(digest);
  const total = sections.reduce((n, s) => n + s.stories.length, 0);
  const out = [
    paint(c, "bold", title),
    `${total} ${total === 1 ? "story" : "stories"} · generated ${formatTime(options.now, options.timeZone)}`,
  ];
  if (total === 0) out.push("", "No new stories since the last digest.");
  for (const section of sections) {
    out.push("", paint(c, "yellow", `== ${truncate(section.label, 200)} (${section.stories.length}) ==`));
    for (const story of section.stories)
      out.push("", ...storyLines(storyFacts(story, options.now), options, false));
  }
  return `${out.join("\n")}\n`;
}

/** One story as an alert: urgency first, then the story with its summary. */
export function renderTerminalAlert(story: Story, options: TerminalRenderOptions): string {
  const f = storyFacts(story, options.now);
  const extra = cleanTitle(options.title, "");
  const head = urgencyBadge(f.urgency) + (extra ? ` · ${truncate(extra, 200)}` : "");
  return `${[paint(options.color, "bold", head), ...storyLines(f, options, true)].join("\n")}\n`;
}

/** Search hits and archive listings: "5 Dec 2026 03:25 ICT  Outlet  Title", then the link and the tags. */
export function renderTerminalItemList(items: readonly StoredItem[], options: TerminalRenderOptions): string {
  const lines: string[] = [];
  for (const item of items) {
    const c = item.classification;
    const tags = c
      ? `${c.relevant ? "relevant" : "not relevant"}${c.countries.length ? ` ${c.countries.join(",")}` : ""}`
      : "unclassified";
    const published = parseInstant(item.publishedAt);
    const when = published ? formatTime(published, options.timeZone) : "date unknown";
    lines.push(
      `${when}  ${cleanTitle(item.outlet, "unknown outlet")}  ${cleanTitle(item.title, "(untitled)")}`,
    );
    lines.push(`    ${paint(options.color, "cyan", cleanTitle(item.url, ""))}  [${tags}]`);
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
