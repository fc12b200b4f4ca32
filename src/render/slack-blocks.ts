/**
 * Slack Block Kit rendering: takes a Digest, a Story or a list of items and returns chat.postMessage
 * bodies, each within every limit in limits.ts (blocks, characters per text and per message). Feed text
 * goes through no-ping.ts and sits in `verbatim` mrkdwn, so it can never ping. Never posts anything.
 */
import type { StoredItem } from "../model/item.js";
import type { Digest, Story } from "../model/story.js";
import { cleanTitle } from "./clean-text.js";
import { urgencyBadge } from "./display-names.js";
import type { SlackStoryTail } from "./feedback-buttons.js";
import { formatAge, formatDate, formatTime } from "./format-time.js";
import { LIMITS, truncate, truncateEscaped } from "./limits.js";
import { neutraliseSlackText, plainSlackText } from "./no-ping.js";
import { planDigestSections } from "./render-digest.js";
import { slackDate, slackFit, slackFitLink, slackStoryBlocks } from "./slack-story.js";
import {
  mrkdwn,
  plainText,
  type SlackBlock,
  type SlackMessage,
  slackBlockTextLength,
} from "./slack-types.js";
import { reportFacts, storyFacts } from "./story-facts.js";

export interface SlackRenderOptions {
  now: Date;
  /** The reader's IANA zone (the subscription's): titles and times are written in it. */
  timeZone: string;
  title?: string;
  /** Blocks after each story (feedback buttons or a story-page link: feedback-buttons.ts). */
  storyTail?: SlackStoryTail | undefined;
  /** TRACEWIRE_PUBLIC_URL: each story links to its page in the web archive. */
  publicUrl?: string | undefined;
}

/** Item lists answer a slash command, whose reader's zone is unknown: UTC unless the caller knows better. */
export type SlackListOptions = Omit<SlackRenderOptions, "timeZone"> & {
  timeZone?: string;
  /** Plain lines shown above the list (escaped here; at most 1,000 characters in all), e.g. /tracewire entity's facts. */
  intro?: readonly string[];
};

/** Room kept in every digest message for its header and part line. */
const RESERVED_BLOCKS = 2;
const RESERVED_TEXT = LIMITS.slack.headerText + 200;
/** The fallback `text` is a notification line, kept well under the 4000 limit. */
const FALLBACK_TEXT = 3000;

interface Part {
  blocks: SlackBlock[];
  textLength: number;
  titles: string[];
  sectionKey: string | null;
}

function emptyPart(): Part {
  return { blocks: [], textLength: 0, titles: [], sectionKey: null };
}

function fits(part: Part, blocks: SlackBlock[]): boolean {
  const text = blocks.reduce((n, b) => n + slackBlockTextLength(b), 0);
  return (
    part.blocks.length + blocks.length + RESERVED_BLOCKS <= LIMITS.slack.blocksPerMessage &&
    part.textLength + text + RESERVED_TEXT <= LIMITS.slack.totalBlockText
  );
}

function append(part: Part, blocks: SlackBlock[]): void {
  part.blocks.push(...blocks);
  part.textLength += blocks.reduce((n, b) => n + slackBlockTextLength(b), 0);
}

function sectionHeading(label: string, count: number, continued: boolean): SlackBlock[] {
  const name = slackFit(label, 200);
  const tail = continued ? "(continued)" : `· ${count} ${count === 1 ? "story" : "stories"}`;
  return [{ type: "divider" }, { type: "section", text: mrkdwn(`*${name}* ${tail}`) }];
}

function header(title: string): SlackBlock {
  return { type: "header", text: plainText(truncate(plainSlackText(title), LIMITS.slack.headerText)) };
}

/** The plain notification text: the title, then the stories' titles and outlets. */
function fallback(head: string, lines: string[]): string {
  return truncateEscaped(`${head}: ${lines.join("; ")}`, FALLBACK_TEXT, neutraliseSlackText);
}

/** A digest as one or more Slack messages, split so that every message is within Slack's limits. */
export function renderSlackDigest(digest: Digest, options: SlackRenderOptions): SlackMessage[] {
  const title = cleanTitle(options.title, `Tracewire digest · ${formatDate(options.now, options.timeZone)}`);
  const sections = planDigestSections(digest);
  const total = sections.reduce((n, s) => n + s.stories.length, 0);
  if (total === 0) {
    return [
      {
        text: fallback(title, ["no new stories"]),
        blocks: [header(title), { type: "section", text: mrkdwn("No new stories since the last digest.") }],
      },
    ];
  }
  const parts: Part[] = [];
  let part = emptyPart();
  for (const section of sections) {
    let started = false;
    for (const story of section.stories) {
      const f = storyFacts(story, options.now);
      const badge = f.urgency === "breaking" ? "🔴" : undefined;
      const storyBlocks = [
        ...slackStoryBlocks(f, { badge, timeZone: options.timeZone, publicUrl: options.publicUrl }),
        ...(options.storyTail?.(story.id) ?? []),
      ];
      const heading =
        part.sectionKey === section.key ? [] : sectionHeading(section.label, section.stories.length, started);
      if (part.blocks.length > 0 && !fits(part, [...heading, ...storyBlocks])) {
        parts.push(part);
        part = emptyPart();
        append(part, sectionHeading(section.label, section.stories.length, started));
      } else {
        append(part, heading);
      }
      append(part, storyBlocks);
      part.sectionKey = section.key;
      part.titles.push(`${f.title} (${f.outlet})`);
      started = true;
    }
  }
  parts.push(part);
  let first = 0;
  return parts.map((p, i) => {
    const numbering = parts.length > 1 ? ` (${i + 1}/${parts.length})` : "";
    const partTitle = truncate(plainSlackText(title), LIMITS.slack.headerText - numbering.length) + numbering;
    const range = `${first + 1}–${first + p.titles.length}`;
    first += p.titles.length;
    const count =
      p.titles.length === total
        ? `${total} ${total === 1 ? "story" : "stories"}`
        : `Stories ${range} of ${total}`;
    const line = `${count} · generated ${formatTime(options.now, options.timeZone)}`;
    return {
      text: fallback(partTitle, p.titles),
      blocks: [
        header(partTitle),
        { type: "context", elements: [mrkdwn(neutraliseSlackText(line))] },
        ...p.blocks,
      ],
    };
  });
}

/** One story as an alert message: urgency badge in the header, the story with its summary, "also" links. */
export function renderSlackAlert(story: Story, options: SlackRenderOptions): SlackMessage {
  const f = storyFacts(story, options.now);
  const badge = urgencyBadge(f.urgency);
  const head = `${badge} · ${cleanTitle(options.title, f.countries.join(", ") || "Alert")}`;
  return {
    text: fallback(badge, [`${f.title} (${f.outlet})`]),
    blocks: [
      header(head),
      ...slackStoryBlocks(f, { summary: true, timeZone: options.timeZone, publicUrl: options.publicUrl }),
      ...(options.storyTail?.(story.id) ?? []),
    ],
  };
}

/** Hits are listed up to this many; the rest are counted. */
const MAX_LISTED = 40;

/** A numbered list of items (slash-command search / latest answers), "No matches" when empty. */
export function renderSlackItemList(
  listTitle: string,
  items: StoredItem[],
  options: SlackListOptions,
): SlackMessage {
  const title = cleanTitle(listTitle, "Results");
  const head = header(title);
  const introText = truncateEscaped((options.intro ?? []).join("\n"), 1000, neutraliseSlackText);
  const intro: SlackBlock[] = introText === "" ? [] : [{ type: "section", text: mrkdwn(introText) }];
  if (items.length === 0) {
    return {
      text: fallback(title, ["No matches"]),
      blocks: [head, ...intro, { type: "section", text: mrkdwn("No matches.") }],
    };
  }
  const blocks: SlackBlock[] = [head, ...intro];
  let textLength = slackBlockTextLength(head) + introText.length;
  const titles: string[] = [];
  for (const [i, item] of items.slice(0, MAX_LISTED).entries()) {
    const r = reportFacts(item);
    const when = r.published
      ? `${slackDate(r.published, options.timeZone ?? "UTC")} (${formatAge(r.published, options.now)})`
      : "date unknown";
    const text = `${i + 1}. ${slackFitLink(r.url, r.title, 300, 800)}\n${slackFit(r.outlet, 120)} · ${when}`;
    if (textLength + text.length + 200 > LIMITS.slack.totalBlockText) break;
    blocks.push({ type: "section", text: mrkdwn(text) });
    textLength += text.length;
    titles.push(`${r.title} (${r.outlet})`);
  }
  const hidden = items.length - titles.length;
  if (hidden > 0) blocks.push({ type: "context", elements: [mrkdwn(`…and ${hidden} more`)] });
  return { text: fallback(title, titles), blocks };
}
