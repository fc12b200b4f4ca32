/**
 * The watchlist as text for a terminal and for chat replies: a table of entities (id, name, kind, countries,
 * how many spellings), one entity in detail, and a week-by-week count line. Takes values, returns text.
 */
import type { WatchedEntity } from "../model/entity.js";

const HEAD = ["ID", "NAME", "KIND", "COUNTRIES", "ALIASES"] as const;

/** The entities as aligned columns, a count line first. */
export function renderWatchlistTable(entries: readonly WatchedEntity[]): string {
  if (entries.length === 0)
    return 'The watchlist is empty. Add a name with tracewire watchlist add "NAME".\n';
  const cells = entries.map((e) => [
    e.id,
    e.name,
    e.kind,
    e.countries.join(",") || "-",
    String(e.aliases.length),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (i === 4 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return `${[`${entries.length} watched ${entries.length === 1 ? "entity" : "entities"}`, "", line(HEAD), ...cells.map(line)].join("\n")}\n`;
}

/** "Prince Group (prince-group): company in KH, 12 aliases". */
export function describeWatchedEntity(entity: WatchedEntity): string {
  const where = entity.countries.length > 0 ? ` in ${entity.countries.join(", ")}` : "";
  const aliases = `${entity.aliases.length} ${entity.aliases.length === 1 ? "alias" : "aliases"}`;
  return `${entity.name} (${entity.id}): ${entity.kind.replace("_", " ")}${where}, ${aliases}`;
}

/** The detail lines of one entity: aliases, context words, sources, note. */
export function watchedEntityDetails(entity: WatchedEntity): string[] {
  const lines = [`aliases: ${entity.aliases.join(" · ")}`];
  if (entity.ambiguousAliases.length > 0)
    lines.push(`only beside a context word: ${entity.ambiguousAliases.join(" · ")}`);
  if (entity.context.length > 0) lines.push(`context words: ${entity.context.join(" · ")}`);
  for (const source of entity.sources) lines.push(`source: ${source.title} <${source.url}>`);
  if (entity.note) lines.push(`note: ${entity.note}`);
  return lines;
}

/** "Items per week (oldest first): 0 · 2 · 5 …, 12 in 8 weeks". */
export function describeEntityWeeks(weeks: readonly { start: string; count: number }[]): string {
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  const from = weeks[0]?.start.slice(0, 10) ?? "";
  return `Items per week since ${from} (oldest first): ${weeks.map((w) => w.count).join(" · ")} — ${total} in ${weeks.length} weeks`;
}
