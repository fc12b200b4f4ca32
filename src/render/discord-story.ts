import type { Urgency } from "../model/classification.js";
import type { DiscordEmbed } from "./discord-types.js";
import { countryLabel } from "./display-names.js";
import { fitRaw, LIMITS, truncateEscaped } from "./limits.js";
import { discordLink, neutraliseDiscordPlain, neutraliseDiscordText } from "./no-ping.js";
import { languageBadge, type ReportFacts, type StoryFacts } from "./story-facts.js";
import { storyPageUrl } from "./story-page-url.js";

/** Embed colours by urgency: breaking red, normal amber, background grey. */
export const URGENCY_COLOURS: Readonly<Record<Urgency, number>> = {
  breaking: 0xd0021b,
  normal: 0xf5a623,
  background: 0x9b9b9b,
};

/** Neutralised feed text cut to `n` characters. */
export function discordFit(raw: string, n: number): string {
  return truncateEscaped(raw, n, neutraliseDiscordText);
}

/** Neutralised text for a place without Markdown (footer, author), cut to `n`. */
export function discordFitPlain(raw: string, n: number): string {
  return truncateEscaped(raw, n, neutraliseDiscordPlain);
}

/** A masked link whose label fits `labelBudget`; the label alone when the URL is missing or too long. */
export function discordFitLink(
  url: string | null,
  label: string,
  labelBudget: number,
  urlBudget: number,
): string {
  const short = fitRaw(label, labelBudget, neutraliseDiscordText);
  return url && url.length <= urlBudget ? discordLink(url, short) : neutraliseDiscordText(short);
}

/** "[NBC](…) · [Japan Today](…)" within one field value, "+N more" for what does not fit. */
function alsoValue(also: ReportFacts[]): string {
  const links: string[] = [];
  for (const [i, r] of also.entries()) {
    const link = discordFitLink(r.url, r.outlet, 80, 400);
    const rest = also.length - i - 1;
    const candidate = [...links, link].join(" · ") + (rest > 0 ? ` · +${rest} more` : "");
    if (candidate.length > LIMITS.discord.fieldValue) {
      return `${links.join(" · ")} · +${also.length - i} more`;
    }
    links.push(link);
  }
  return links.join(" · ");
}

/** One story as an embed; `summaryBudget` sets how much of the summary the description carries. */
export function discordStoryEmbed(
  f: StoryFacts,
  options: { summaryBudget: number; footerTail?: string; linkUrl?: boolean; publicUrl?: string | undefined },
): DiscordEmbed {
  const badge = (f.urgency === "breaking" ? "🔴 " : "") + languageBadge(f);
  const embed: DiscordEmbed = {
    title: badge + discordFit(f.title, LIMITS.discord.embedTitle - badge.length),
  };
  if (f.url && f.url.length <= LIMITS.discord.url && options.linkUrl !== false) embed.url = f.url;
  const description: string[] = [];
  if (!embed.url && f.url) description.push(discordFitLink(f.url, "Read the report", 40, 1000));
  if (f.summary && options.summaryBudget > 0) description.push(discordFit(f.summary, options.summaryBudget));
  if (f.reason) description.push(`*${discordFit(f.reason, 300)}*`);
  const page = storyPageUrl(options.publicUrl, f.id);
  if (page) description.push(discordFitLink(page, "In the archive", 40, 1000));
  if (description.length > 0) embed.description = description.join("\n");
  const fields: NonNullable<DiscordEmbed["fields"]> = [];
  if (f.countries.length) {
    fields.push({
      name: "Countries",
      value: discordFit(f.countries.map(countryLabel).join(", "), 300),
      inline: true,
    });
  }
  if (f.topics.length)
    fields.push({ name: "Topics", value: discordFit(f.topics.join(", "), 300), inline: true });
  if (f.also.length) fields.push({ name: "Also", value: alsoValue(f.also), inline: false });
  if (fields.length) embed.fields = fields;
  const footer = [f.outlet, options.footerTail].filter(Boolean).join(" · ");
  embed.footer = { text: discordFitPlain(footer, 200) };
  if (f.published) embed.timestamp = f.published.toISOString();
  embed.color = URGENCY_COLOURS[f.urgency];
  return embed;
}
