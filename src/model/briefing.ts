/**
 * The weekly briefing (issue 19) as plain values: what rose and fell this week against last, the stories most
 * outlets carried, the watched names that came up, the feeds that fail or went silent, and the weekly counts
 * per country the chart draws. Built by commands/briefing/compose-briefing.ts, drawn by render/briefing-*.ts.
 */

/** A count this week against last week (one country or one topic). */
export interface BriefingChange {
  /** ISO 3166-1 alpha-2 code, or a topic id. */
  key: string;
  thisWeek: number;
  lastWeek: number;
}

/** One of the stories the most outlets carried this week. */
export interface BriefingStory {
  title: string;
  url: string;
  outlets: string[];
}

/** A watched name that came up this week. */
export interface BriefingName {
  id: string;
  name: string;
  /** Stories this week that mention it. */
  stories: number;
  /** Not mentioned in the four weeks before this one. */
  isNew: boolean;
}

/** A feed that fails: since when and why. */
export interface BriefingFailingFeed {
  id: string;
  outlet: string;
  /** The last successful poll (ISO 8601), null when it never succeeded. */
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
}

/** A feed that went silent: its newest item and its usual gap. */
export interface BriefingSilentFeed {
  id: string;
  outlet: string;
  newestAt: string;
  usualGapMs: number | null;
}

/** Weekly relevant stories per country, oldest week first: the chart's data. */
export interface BriefingSeries {
  /** The start of each week (ISO 8601), oldest first. */
  weekStarts: string[];
  /** One line per country (most stories first), counts aligned with weekStarts. */
  countries: { code: string; counts: number[] }[];
}

export interface Briefing {
  subscriptionId: string;
  generatedAt: string;
  /** The start of "this week" (ISO 8601): the seven days before generatedAt. */
  weekStart: string;
  storiesThisWeek: number;
  storiesLastWeek: number;
  countries: BriefingChange[];
  topics: BriefingChange[];
  topStories: BriefingStory[];
  names: BriefingName[];
  failing: BriefingFailingFeed[];
  silent: BriefingSilentFeed[];
  series: BriefingSeries;
}
