/**
 * Discord rendering: takes a Digest, a Story or a list of items and returns message bodies (embeds with
 * `allowed_mentions: { parse: [] }`), each within every embed and message limit in limits.ts; digests are
 * split across as many messages as needed. Feed text goes through no-ping.ts. Never posts anything.
 */
import type { StoredItem } from "../model/item.js";
import type { Digest, Story } from "../model/story.js";
import { cleanTitle } from "./clean-text.js";
import { discordFit, discordFitLink, discordStoryEmbed, URGENCY_COLOURS } from "./discord-story.js";
import {
  type DiscordActionRow,
  type DiscordEmbed,
  type DiscordMessage,
  discordEmbedLength,
  discordMessage,
} from "./discord-types.js";
import { urgencyBadge } from "./display-names.js";
import type { DiscordStoryFeedback } from "./feedback-buttons.js";
import { formatAge, formatDate, formatTime } from "./format-time.js";
import { LIMITS } from "./limits.js";
import { planDigestSections } from "./render-digest.js";
import { reportFacts, storyFacts } from "./story-facts.js";

export interface DiscordRenderOptions {
  now: Date;
  /** The reader's IANA zone (the subscription's): titles and times are written in it. */
  timeZone: string;
  title?: string;
  /** Per-story feedback buttons or story-page link (feedback-buttons.ts). */
  feedback?: DiscordStoryFeedback | undefined;
  /** TRACEWIRE_PUBLIC_URL: each story links to its page in the web archive. */
  publicUrl?: string | undefined;
}

/** Item lists answer a slash command, whose reader's zone is unknown: UTC unless the caller knows better. */
export type DiscordListOptions = Omit<DiscordRenderOptions, "timeZone"> & {
  timeZone?: string;
  /** Plain lines shown above the list (escaped here; at most 1,000 characters in all), e.g. /tracewire entity's facts. */
  intro?: readonly string[];
};

/** Digest embeds carry a short summary so that about ten fit in one message's 6000 characters. */
const DIGEST_SUMMARY = 200;
const ALERT_SUMMARY = 1500;

interface Part {
  embeds: DiscordEmbed[];
  length: number;
  urls: Set<string>;
  sections: string[];
  rows: DiscordActionRow[];
}

/** Action rows per message (DD interactions/message-components). */
const MAX_ACTION_ROWS = 5;

/** A digest as one or more Discord messages, each within 10 embeds and 6000 embed characters. */
export function renderDiscordDigest(digest: Digest, options: DiscordRenderOptions): DiscordMessage[] {
  const title = cleanTitle(options.title, `Tracewire digest · ${formatDate(options.now, options.timeZone)}`);
  const sections = planDigestSections(digest);
  const total = sections.reduce((n, s) => n + s.stories.length, 0);
  if (total === 0)
    return [discordMessage([], `**${discordFit(title, 300)}**: no new stories since the last digest.`)];
  const parts: Part[] = [];
  // Buttons: one row per story, and a message carries at most 5 rows (DD interactions/message-components).
  const rows = options.feedback?.row;
  const maxEmbeds = rows ? MAX_ACTION_ROWS : LIMITS.discord.embedsPerMessage;
  let part: Part = { embeds: [], length: 0, urls: new Set(), sections: [], rows: [] };
  for (const section of sections) {
    for (const story of section.stories) {
      const f = storyFacts(story, options.now);
      const render = (linkUrl: boolean, number: number) =>
        discordStoryEmbed(f, {
          summaryBudget: DIGEST_SUMMARY,
          footerTail: rows ? `#${number} · ${section.label}` : section.label,
          linkUrl,
          publicUrl: options.publicUrl,
        });
      // Discord merges embeds that share a URL into one (DD message.mdx), so a repeat links from its text.
      let embed = render(!(f.url && part.urls.has(f.url)), part.embeds.length + 1);
      const full =
        part.embeds.length >= maxEmbeds ||
        part.length + discordEmbedLength(embed) > LIMITS.discord.totalEmbedChars;
      if (full) {
        parts.push(part);
        part = { embeds: [], length: 0, urls: new Set(), sections: [], rows: [] };
        embed = render(true, 1);
      }
      if (embed.url) part.urls.add(embed.url);
      if (rows) part.rows.push(rows(story.id, part.embeds.length + 1));
      part.embeds.push(embed);
      part.length += discordEmbedLength(embed);
      if (!part.sections.includes(section.label)) part.sections.push(section.label);
    }
  }
  parts.push(part);
  let first = 0;
  return parts.map((p, i) => {
    const numbering = parts.length > 1 ? ` (${i + 1}/${parts.length})` : "";
    const range = `stories ${first + 1}–${first + p.embeds.length} of ${total}`;
    first += p.embeds.length;
    const head = `**${discordFit(title, 300)}**${numbering} · ${range} · generated ${formatTime(options.now, options.timeZone)}`;
    const content = `${head}\n${discordFit(p.sections.join(", "), LIMITS.discord.content - head.length - 1)}`;
    return withRows(discordMessage(p.embeds, content), p.rows);
  });
}

/** One story as an alert: urgency in the content line, one embed with the summary and "also" links. */
export function renderDiscordAlert(story: Story, options: DiscordRenderOptions): DiscordMessage {
  const f = storyFacts(story, options.now);
  const badge = urgencyBadge(f.urgency);
  const extra = cleanTitle(options.title, "");
  const content = extra ? `**${badge}** · ${discordFit(extra, 300)}` : `**${badge}**`;
  const embed = discordStoryEmbed(f, { summaryBudget: ALERT_SUMMARY, publicUrl: options.publicUrl });
  const row = options.feedback?.row?.(story.id);
  return withRows(discordMessage([embed], content), row ? [row] : []);
}

function withRows(message: DiscordMessage, rows: DiscordActionRow[]): DiscordMessage {
  return rows.length > 0 ? { ...message, components: rows } : message;
}

/** A numbered list of items in one embed (slash-command search / latest answers), "No matches" when empty. */
export function renderDiscordItemList(
  title: string,
  items: StoredItem[],
  options: DiscordListOptions,
): DiscordMessage {
  const embed: DiscordEmbed = {
    title: discordFit(cleanTitle(title, "Results"), LIMITS.discord.embedTitle),
    color: URGENCY_COLOURS.normal,
  };
  const intro = (options.intro ?? []).length > 0 ? [discordFit(options.intro?.join("\n") ?? "", 1000)] : [];
  if (items.length === 0) {
    embed.description = [...intro, "No matches."].join("\n");
    return discordMessage([embed]);
  }
  const lines: string[] = [...intro];
  let length = intro.reduce((sum, line) => sum + line.length + 1, 0);
  const room = LIMITS.discord.embedDescription - 40;
  for (const [i, item] of items.entries()) {
    const r = reportFacts(item);
    const when = r.published
      ? `${formatDate(r.published, options.timeZone ?? "UTC")} (${formatAge(r.published, options.now)})`
      : "date unknown";
    const line = `${i + 1}. ${discordFitLink(r.url, r.title, 250, 600)} — ${discordFit(r.outlet, 80)} · ${when}`;
    if (length + line.length + 1 > room) break;
    lines.push(line);
    length += line.length + 1;
  }
  const hidden = items.length - (lines.length - intro.length);
  if (hidden > 0) lines.push(`…and ${hidden} more`);
  embed.description = lines.join("\n");
  embed.footer = { text: `${items.length} ${items.length === 1 ? "match" : "matches"}` };
  return discordMessage([embed]);
}
