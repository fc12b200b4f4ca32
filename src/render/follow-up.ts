/**
 * Follow-ups to a story already delivered: the update line a webhook target gets (it cannot thread), at most one
 * an hour per story, naming the new reports. The reply in an alert's thread is an ordinary alert of the new
 * report (render-for-target.ts). Feed text goes through no-ping.ts; every text stays within limits.ts.
 */
import type { StoredItem } from "../model/item.js";
import type { Story } from "../model/story.js";
import { type DiscordMessage, discordMessage } from "./discord-types.js";
import { LIMITS, truncate } from "./limits.js";
import { discordLink, neutraliseDiscordText, neutraliseSlackText, slackLink } from "./no-ping.js";
import type { SlackMessage } from "./slack-types.js";
import { reportFacts } from "./story-facts.js";

/** Reports listed in one update line; the rest are counted. */
const LISTED = 3;
/** Characters of a headline in an update line. */
const TITLE = 160;

/** The Slack update line: "Update · 2 new reports on “…”: Reuters: <link|title>; AP: …". */
export function renderSlackUpdate(story: Story, reports: readonly StoredItem[]): SlackMessage {
  const lead = reportFacts(story.lead);
  const listed = reports.slice(0, LISTED).map((item) => {
    const f = reportFacts(item);
    return `${neutraliseSlackText(f.outlet)}: ${slackLink(f.url, truncate(f.title, TITLE))}`;
  });
  const head = `Update · ${countReports(reports.length)} on “${neutraliseSlackText(truncate(lead.title, TITLE))}”`;
  const text = truncate(`${head}: ${listed.join("; ")}${more(reports.length)}`, LIMITS.slack.sectionText);
  return {
    text: neutraliseSlackText(truncate(`Update · ${countReports(reports.length)} on “${lead.title}”`, 2000)),
    blocks: [{ type: "section", text: { type: "mrkdwn", text, verbatim: true } }],
  };
}

/** The Discord update line, as message content. */
export function renderDiscordUpdate(story: Story, reports: readonly StoredItem[]): DiscordMessage {
  const lead = reportFacts(story.lead);
  const listed = reports.slice(0, LISTED).map((item) => {
    const f = reportFacts(item);
    return `${neutraliseDiscordText(f.outlet)}: ${discordLink(f.url, truncate(f.title, TITLE))}`;
  });
  const head = `**Update** · ${countReports(reports.length)} on “${neutraliseDiscordText(truncate(lead.title, TITLE))}”`;
  return discordMessage(
    [],
    truncate(`${head}: ${listed.join("; ")}${more(reports.length)}`, LIMITS.discord.content),
  );
}

/** The terminal update line. */
export function renderTerminalUpdate(story: Story, reports: readonly StoredItem[]): string {
  const lead = reportFacts(story.lead);
  const listed = reports
    .slice(0, LISTED)
    .map((item) => `${reportFacts(item).outlet}: ${reportFacts(item).title}`);
  return `Update · ${countReports(reports.length)} on “${lead.title}”: ${listed.join("; ")}${more(reports.length)}\n`;
}

function countReports(n: number): string {
  return `${n} new ${n === 1 ? "report" : "reports"}`;
}

function more(n: number): string {
  return n > LISTED ? ` (+${n - LISTED} more)` : "";
}
