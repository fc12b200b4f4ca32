import { formatTime } from "./format-time.js";
import { fitRaw, LIMITS, truncate, truncateEscaped } from "./limits.js";
import { neutraliseSlackText, slackLink } from "./no-ping.js";
import { mrkdwn, type SlackBlock, type SlackMrkdwn } from "./slack-types.js";
import { languageBadge, type ReportFacts, type StoryFacts } from "./story-facts.js";
import { storyPageUrl } from "./story-page-url.js";

/** Budgets for the parts of one story, in escaped characters; together they stay under 3000. */
const BUDGET = {
  title: 500,
  /** Longer URLs are not linked: a half-cut link is worse than none. */
  url: 800,
  outlet: 120,
  places: 200,
  topics: 250,
  reason: 400,
  summary: 500,
  alsoOutlet: 80,
  alsoUrl: 500,
  /** "also:" + 8 links + "+N more" = 10 context elements. */
  alsoLinks: 8,
} as const;

/** Escaped feed text cut to `n` characters. */
export function slackFit(raw: string, n: number): string {
  return truncateEscaped(raw, n, neutraliseSlackText);
}

/** A link whose label and URL fit their budgets; the label alone when the URL is too long or unsafe. */
export function slackFitLink(
  url: string | null,
  label: string,
  labelBudget: number,
  urlBudget: number,
): string {
  const short = fitRaw(label, labelBudget, (s) => neutraliseSlackText(s.replace(/\|/g, "¦")));
  const linked = url ? slackLink(url, short) : null;
  // `<`, `|`, `>` add 3; a URL that escapes past its budget is shown unlinked.
  return linked && linked.length <= labelBudget + urlBudget + 3 ? linked : slackFit(short, labelBudget);
}

/**
 * `<!date^…|5 Dec 2026 03:25 ICT>`: Slack shows it in each reader's own zone (their Slack profile's), and
 * clients that cannot show the date get the fallback, in the subscription's zone.
 * https://api.slack.com/reference/surfaces/formatting#date-formatting
 */
export function slackDate(d: Date | null, timeZone: string): string | null {
  if (!d) return null;
  const unix = Math.floor(d.getTime() / 1000);
  return `<!date^${unix}^{date_short_pretty} {time}|${formatTime(d, timeZone)}>`;
}

/** The story's mrkdwn: linked title, then outlet · time · countries · topics, then the reason. */
export function slackStoryText(
  f: StoryFacts,
  options: { timeZone: string; badge?: string; summary?: boolean; publicUrl?: string | undefined },
): SlackMrkdwn {
  const title = `${languageBadge(f)}*${slackFitLink(f.url, f.title, BUDGET.title, BUDGET.url)}*`;
  const meta = [
    slackFit(f.outlet, BUDGET.outlet),
    slackDate(f.published, options.timeZone),
    f.countries.length ? slackFit(f.countries.join(", "), BUDGET.places) : null,
    f.topics.length ? slackFit(f.topics.join(", "), BUDGET.topics) : null,
    archiveLink(storyPageUrl(options.publicUrl, f.id)),
  ].filter((x): x is string => Boolean(x));
  const lines = [options.badge ? `${options.badge} ${title}` : title, meta.join(" · ")];
  if (options.summary && f.summary) lines.push(slackFit(f.summary, BUDGET.summary));
  if (f.reason) lines.push(`_${slackFit(f.reason, BUDGET.reason)}_`);
  return mrkdwn(truncate(lines.join("\n"), LIMITS.slack.sectionText));
}

/** The story's page in the web archive, linked, or null without TRACEWIRE_PUBLIC_URL (or a URL too long to link). */
function archiveLink(page: string | null): string | null {
  return page && page.length <= BUDGET.url ? slackLink(page, "archive") : null;
}

/** "also: NBC, Japan Today" as a context block of links, or null when only one outlet reported it. */
export function slackAlsoBlock(also: ReportFacts[]): SlackBlock | null {
  if (also.length === 0) return null;
  const shown = also.slice(0, BUDGET.alsoLinks);
  const elements = [
    mrkdwn("also:"),
    ...shown.map((r) => mrkdwn(slackFitLink(r.url, r.outlet, BUDGET.alsoOutlet, BUDGET.alsoUrl))),
  ];
  if (also.length > shown.length) elements.push(mrkdwn(`+${also.length - shown.length} more`));
  return { type: "context", elements };
}

/** The blocks for one story: a section, plus the "also" context when other outlets reported it. */
export function slackStoryBlocks(
  f: StoryFacts,
  options: { timeZone: string; badge?: string; summary?: boolean; publicUrl?: string | undefined },
): SlackBlock[] {
  const blocks: SlackBlock[] = [{ type: "section", text: slackStoryText(f, options) }];
  const also = slackAlsoBlock(f.also);
  if (also) blocks.push(also);
  return blocks;
}
