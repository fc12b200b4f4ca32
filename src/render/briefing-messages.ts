/**
 * The weekly briefing dressed for each platform: Slack blocks (with the numbers as a table for an incoming
 * webhook, which cannot take the chart), one Discord embed showing the chart, and terminal text. Takes a
 * Briefing and returns message bodies within every limit in limits.ts; feed text goes through no-ping.ts.
 * Never sends anything.
 */
import type { Briefing } from "../model/briefing.js";
import {
  type BriefingFactsOptions,
  briefingSections,
  briefingSummary,
  briefingTable,
  briefingTitle,
  type FactPart,
} from "./briefing-facts.js";
import { type DiscordMessage, discordMessage } from "./discord-types.js";
import { LIMITS, truncate } from "./limits.js";
import {
  discordLink,
  escapeSlackText,
  neutraliseDiscordPlain,
  neutraliseDiscordText,
  neutraliseSlackText,
  plainSlackText,
  slackLink,
} from "./no-ping.js";
import { mrkdwn, plainText, type SlackBlock, type SlackMessage } from "./slack-types.js";

/** Characters one Slack section of the briefing may take: six sections stay under the per-message total. */
const SLACK_SECTION = 1500;
/** Characters of the Discord embed's description, leaving room for its title. */
const DISCORD_DESCRIPTION = 3800;
/** Characters one section may take in the embed: five sections and the summary fit the description. */
const DISCORD_SECTION = 700;

export interface SlackBriefingOptions extends BriefingFactsOptions {
  /** Add the numbers as a table (a webhook target, which cannot take the chart). */
  table?: boolean;
  /** A link to the web archive's trends page, when TRACEWIRE_PUBLIC_URL is set. */
  trendsUrl?: string | null;
}

/** The briefing as one Slack message (blocks plus the fallback text). */
export function renderSlackBriefing(briefing: Briefing, options: SlackBriefingOptions): SlackMessage {
  const title = truncate(plainSlackText(briefingTitle(briefing, options.timeZone)), LIMITS.slack.headerText);
  const blocks: SlackBlock[] = [
    { type: "header", text: plainText(title) },
    { type: "section", text: mrkdwn(escapeSlackText(briefingSummary(briefing))) },
  ];
  for (const section of briefingSections(briefing, options)) {
    const lines = section.lines.map((line) => line.map(slackPart).join(""));
    blocks.push({
      type: "section",
      text: mrkdwn(fitLines(`*${section.heading}*`, lines, SLACK_SECTION)),
    });
  }
  if (options.table) {
    const table = truncate(escapeSlackText(briefingTable(briefing)), SLACK_SECTION - 8);
    blocks.push({ type: "section", text: mrkdwn(`\`\`\`${table}\`\`\``) });
    const trends = options.trendsUrl ? slackLink(options.trendsUrl, "Trends in the web archive") : null;
    if (trends) blocks.push({ type: "context", elements: [mrkdwn(trends)] });
  }
  return { text: `${title}: ${escapeSlackText(briefingSummary(briefing))}`, blocks };
}

/** The briefing as one Discord message: an embed with the text and, when `image` names it, the chart. */
export function renderDiscordBriefing(
  briefing: Briefing,
  options: BriefingFactsOptions & { image?: string },
): DiscordMessage {
  const paragraphs = [neutraliseDiscordText(briefingSummary(briefing))];
  for (const section of briefingSections(briefing, options)) {
    const lines = section.lines.map((line) => line.map(discordPart).join(""));
    paragraphs.push(fitLines(`**${section.heading}**`, lines, DISCORD_SECTION));
  }
  const description = fitLines("", paragraphs, DISCORD_DESCRIPTION, "\n\n");
  return discordMessage([
    {
      title: truncate(
        neutraliseDiscordPlain(briefingTitle(briefing, options.timeZone)),
        LIMITS.discord.embedTitle,
      ),
      description,
      ...(options.image ? { image: { url: `attachment://${options.image}` } } : {}),
    },
  ]);
}

/** The briefing as terminal text (`tracewire briefing --preview`, console targets). */
export function renderTerminalBriefing(briefing: Briefing, options: BriefingFactsOptions): string {
  const out = [briefingTitle(briefing, options.timeZone), briefingSummary(briefing), ""];
  for (const section of briefingSections(briefing, options)) {
    out.push(section.heading);
    for (const line of section.lines) out.push(`  ${line.map(terminalPart).join("")}`);
    out.push("");
  }
  out.push(briefingTable(briefing));
  return `${out.join("\n")}\n`;
}

function slackPart(part: FactPart): string {
  if (typeof part === "string") return escapeSlackText(part);
  if ("feed" in part) return neutraliseSlackText(truncate(part.feed, 300));
  return slackLink(part.link, truncate(part.label, 200));
}

function discordPart(part: FactPart): string {
  if (typeof part === "string") return part;
  if ("feed" in part) return neutraliseDiscordText(truncate(part.feed, 300));
  return discordLink(part.link, truncate(part.label, 200));
}

function terminalPart(part: FactPart): string {
  if (typeof part === "string") return part;
  if ("feed" in part) return part.feed.replace(/\s+/g, " ");
  return `${part.label.replace(/\s+/g, " ")} <${part.link}>`;
}

/** The heading and as many whole lines as fit in `max` characters (joined by `sep`), then "… and N more". */
function fitLines(heading: string, lines: string[], max: number, sep = "\n"): string {
  const kept: string[] = heading ? [heading] : [];
  let length = heading.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = i < lines.length - 1 ? sep.length + `… and ${lines.length - i - 1} more`.length : 0;
    if (length + sep.length + line.length + rest > max) {
      kept.push(`… and ${lines.length - i} more`);
      break;
    }
    kept.push(line);
    length += sep.length + line.length;
  }
  return kept.join(sep);
}
