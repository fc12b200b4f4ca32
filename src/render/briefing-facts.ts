/**
 * The weekly briefing's sections as lines of words, before any platform's escaping: one place decides what
 * the briefing says, and briefing-messages.ts only dresses it for Slack, Discord, a terminal or a webhook's
 * table. Feed text (titles, outlet names, errors) is marked so each platform neutralises it (no-ping.ts).
 */
import type { Briefing, BriefingChange } from "../model/briefing.js";
import { countryLabel, topicLabel } from "./display-names.js";
import { formatAge, formatDate, parseInstant } from "./format-time.js";

/** A piece of a line: our own words, feed text (to be neutralised), or a link with feed text as its label. */
export type FactPart = string | { feed: string } | { link: string; label: string };

export interface BriefingSection {
  heading: string;
  /** Each line a list of parts; an empty section says so in one line. */
  lines: FactPart[][];
}

export interface BriefingFactsOptions {
  now: Date;
  timeZone: string;
}

/** "+3", "−2", "±0": the change from last week. */
export function describeChange(row: { thisWeek: number; lastWeek: number }): string {
  const d = row.thisWeek - row.lastWeek;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "±0";
}

/** The briefing's title: "Weekly briefing · 24 Nov 2026". */
export function briefingTitle(briefing: Briefing, timeZone: string): string {
  return `Weekly briefing · ${formatDate(new Date(briefing.generatedAt), timeZone)}`;
}

/** The one-line summary (also the notification text). */
export function briefingSummary(briefing: Briefing): string {
  const change = describeChange({ thisWeek: briefing.storiesThisWeek, lastWeek: briefing.storiesLastWeek });
  return (
    `${briefing.storiesThisWeek} relevant ${briefing.storiesThisWeek === 1 ? "story" : "stories"} this week ` +
    `(last week ${briefing.storiesLastWeek}, ${change}); ` +
    `${briefing.failing.length} failing and ${briefing.silent.length} silent ${briefing.failing.length + briefing.silent.length === 1 ? "feed" : "feeds"}`
  );
}

/** The sections in reading order: countries, topics, most carried, watched names, feed report. */
export function briefingSections(briefing: Briefing, options: BriefingFactsOptions): BriefingSection[] {
  const changeLines = (rows: BriefingChange[], label: (key: string) => string) =>
    rows.map((row) => [
      `${label(row.key)}: ${row.thisWeek} (last week ${row.lastWeek}, ${describeChange(row)})`,
    ]);
  return [
    { heading: "By country", lines: orNone(changeLines(briefing.countries, countryLabel), "no stories") },
    { heading: "By topic", lines: orNone(changeLines(briefing.topics, topicLabel), "no stories") },
    {
      heading: "Most carried",
      lines: orNone(
        briefing.topStories.map((story, i) => [
          `${i + 1}. `,
          { link: story.url, label: story.title },
          ` · ${story.outlets.length} ${story.outlets.length === 1 ? "outlet" : "outlets"}: `,
          { feed: story.outlets.join(", ") },
        ]),
        "no stories this week",
      ),
    },
    {
      heading: "Watched names",
      lines: orNone(
        briefing.names.map((name) => [
          name.isNew ? "new: " : "",
          { feed: name.name },
          ` (${name.stories} ${name.stories === 1 ? "story" : "stories"})`,
        ]),
        "none came up",
      ),
    },
    {
      heading: "Feeds",
      lines: orNone(
        [
          ...briefing.failing.map((feed): FactPart[] => {
            const since = parseInstant(feed.lastSuccessAt);
            const when = since
              ? `since ${formatDate(since, options.timeZone)} (last success ${formatAge(since, options.now)})`
              : "never succeeded";
            return [
              "failing: ",
              { feed: `${feed.outlet} (${feed.id})` },
              ` ${when}, ${feed.consecutiveFailures} failed ${feed.consecutiveFailures === 1 ? "poll" : "polls"}: `,
              { feed: feed.lastError ?? "no error recorded" },
            ];
          }),
          ...briefing.silent.map((feed): FactPart[] => {
            const newest = parseInstant(feed.newestAt);
            const quiet = newest ? formatAge(newest, options.now).replace(/ ago$/, "") : "long";
            const usual = feed.usualGapMs ? ` (usually one every ${describeGap(feed.usualGapMs)})` : "";
            return ["silent: ", { feed: `${feed.outlet} (${feed.id})` }, ` no new item for ${quiet}${usual}`];
          }),
        ],
        "every feed answers and publishes",
      ),
    },
  ];
}

/** The numbers as a fixed-width table: this week, last week and change per country, then the 12 weeks. */
export function briefingTable(briefing: Briefing): string {
  const rows = briefing.countries.map((row) => [
    countryLabel(row.key),
    String(row.thisWeek),
    String(row.lastWeek),
    describeChange(row),
  ]);
  const head = ["Country", "This week", "Last week", "Change"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const weekly = briefing.series.countries.map((row) =>
    [row.code.padEnd(7), ...row.counts.map((n) => String(n).padStart(3))].join(""),
  );
  return [
    line(head),
    ...rows.map(line),
    "",
    `Weekly stories, ${briefing.series.weekStarts.length} weeks (oldest first)`,
    ...weekly,
  ].join("\n");
}

function orNone(lines: FactPart[][], none: string): FactPart[][] {
  return lines.length > 0 ? lines : [[none]];
}

function describeGap(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} d`;
}
