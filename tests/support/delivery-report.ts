/**
 * What reached a channel, in terms a newsroom checks: which labelled headlines were delivered (directly or
 * as another outlet's "also" in the same story) and how often each story was posted.
 */
import type { LabelledHeadline } from "./labelled-headlines.js";
import { runCli } from "./run-cli.js";

/** Every string inside a message, entity-decoded: what a reader sees. */
export function visibleText(value: unknown): string {
  if (typeof value === "string")
    return value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  if (Array.isArray(value)) return value.map(visibleText).join("\n");
  if (value && typeof value === "object") return Object.values(value).map(visibleText).join("\n");
  return "";
}

export interface StoryIndex {
  storyOfTitle: Map<string, string>;
  leadTitleOfStory: Map<string, string>;
}

/** Reads stories from `tracewire export` of the store `env` names. */
export async function readStoryIndex(env: Record<string, string>): Promise<StoryIndex> {
  const exported = await runCli(["export", "--format", "jsonl"], { env });
  if (exported.code !== 0) throw new Error(`export failed: ${exported.stderr}`);
  const items = exported.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; title: string; story: string });
  return {
    storyOfTitle: new Map(items.map((item) => [item.title, item.story])),
    leadTitleOfStory: new Map(
      items.filter((item) => item.id === item.story).map((item) => [item.story, item.title]),
    ),
  };
}

/** How many of the messages mention each story's lead title (title prefix, so truncation does not matter). */
export function postsPerStory(index: StoryIndex, texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [story, title] of index.leadTitleOfStory) {
    const needle = title.slice(0, 40);
    const n = texts.filter((text) => text.includes(needle)).length;
    if (n > 0) counts.set(story, n);
  }
  return counts;
}

/** The labelled headlines whose story was posted in the given messages. */
export function deliveredHeadlines(
  index: StoryIndex,
  headlines: LabelledHeadline[],
  texts: string[],
): LabelledHeadline[] {
  const posted = postsPerStory(index, texts);
  return headlines.filter((h) => posted.has(index.storyOfTitle.get(h.title) ?? ""));
}

/** Share of relevant Southeast Asia headlines delivered, and share of delivered headlines that are relevant. */
export function recallAndPrecision(
  headlines: LabelledHeadline[],
  delivered: LabelledHeadline[],
): { recall: number; precision: number } {
  const relevantSea = headlines.filter((h) => h.label === "sea_trafficking");
  const recall = delivered.filter((h) => h.label === "sea_trafficking").length / relevantSea.length;
  const relevant = delivered.filter(
    (h) => h.label === "sea_trafficking" || h.label === "trafficking_other_region",
  );
  return { recall, precision: delivered.length === 0 ? 0 : relevant.length / delivered.length };
}
