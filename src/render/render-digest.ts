/**
 * Platform-neutral digest layout: takes a Digest and returns its sections (stories grouped by country or
 * topic, largest section first, newest story first, "Other" last). Never touches Slack or Discord shapes;
 * slack-blocks.ts, discord-embeds.ts and terminal.ts lay these sections out.
 */
import type { Digest, Story } from "../model/story.js";
import type { Subscription } from "../model/subscription.js";
import { cleanText } from "./clean-text.js";
import { countryLabel, topicLabel } from "./display-names.js";

export interface DigestSection {
  /** Country code, topic, or "other". */
  key: string;
  /** "Cambodia (KH)", "Scam compounds" or "Other". */
  label: string;
  stories: Story[];
}

const OTHER = "other";

/** Milliseconds since the epoch of the lead's publication, or -Infinity when it is not a date. */
export function storyTime(story: Story): number {
  const t = Date.parse(story.lead.publishedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** The section a story belongs to: the lead's first country or first topic. */
function sectionKey(story: Story, groupBy: Digest["groupBy"]): string {
  const c = story.lead.classification;
  if (!c) return OTHER;
  const first = cleanText(groupBy === "country" ? c.countries[0] : c.topics[0]);
  if (!first) return OTHER;
  return groupBy === "country" ? first.toUpperCase() : first;
}

/** Groups a digest's stories into sections, each story once, ordered for reading. */
export function planDigestSections(digest: Digest): DigestSection[] {
  const seen = new Set<string>();
  const byKey = new Map<string, Story[]>();
  for (const story of digest.stories) {
    if (seen.has(story.id)) continue;
    seen.add(story.id);
    const key = sectionKey(story, digest.groupBy);
    const list = byKey.get(key) ?? [];
    list.push(story);
    byKey.set(key, list);
  }
  const sections: DigestSection[] = [...byKey].map(([key, stories]) => ({
    key,
    label: key === OTHER ? "Other" : digest.groupBy === "country" ? countryLabel(key) : topicLabel(key),
    stories: stories.sort((a, b) => storyTime(b) - storyTime(a) || a.id.localeCompare(b.id)),
  }));
  return sections.sort(
    (a, b) =>
      Number(a.key === OTHER) - Number(b.key === OTHER) ||
      b.stories.length - a.stories.length ||
      a.label.localeCompare(b.label),
  );
}

/**
 * The digest a subscription's pending stories make: grouped by topic when it follows one country (the
 * sections would all be that country), by country otherwise. Delivery and `tracewire preview` both use it,
 * so a preview is grouped as the message will be.
 */
export function digestOf(
  subscription: Pick<Subscription, "id" | "filter">,
  stories: Story[],
  generatedAt: Date,
): Digest {
  return {
    subscriptionId: subscription.id,
    generatedAt: generatedAt.toISOString(),
    groupBy: subscription.filter.countries.length === 1 ? "topic" : "country",
    stories,
  };
}
