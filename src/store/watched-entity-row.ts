/**
 * How a watched entity is kept in the watchlist table (both stores): the whole entry as JSON beside its id
 * and place, read back with every field present (entries stored before a field existed read as its default).
 */
import type { EntityKind, EntitySource, WatchedEntity } from "../model/entity.js";

/** The `entry` column of a watched entity. */
export function watchedEntityJson(entity: WatchedEntity): string {
  return JSON.stringify(entity);
}

/** A watchlist row's `entry` (JSON text from SQLite, parsed JSON from Postgres) as a WatchedEntity. */
export function watchedEntityFromEntry(entry: unknown): WatchedEntity {
  const raw = (typeof entry === "string" ? JSON.parse(entry) : entry) as Partial<WatchedEntity> & {
    id: string;
  };
  return {
    id: raw.id,
    name: raw.name ?? raw.id,
    kind: (raw.kind ?? "company") as EntityKind,
    countries: raw.countries ?? [],
    aliases: raw.aliases ?? [],
    ambiguousAliases: raw.ambiguousAliases ?? [],
    context: raw.context ?? [],
    sources: (raw.sources ?? []) as EntitySource[],
    note: raw.note ?? null,
  };
}

/** The entity with an alias added (once, compared exactly). */
export function withAlias(entity: WatchedEntity, alias: string): WatchedEntity {
  return entity.aliases.includes(alias) ? entity : { ...entity, aliases: [...entity.aliases, alias] };
}

/** The entity without an alias, in its aliases and ambiguous aliases. */
export function withoutAlias(entity: WatchedEntity, alias: string): WatchedEntity {
  return {
    ...entity,
    aliases: entity.aliases.filter((a) => a !== alias),
    ambiguousAliases: entity.ambiguousAliases.filter((a) => a !== alias),
  };
}

/** The meta keys of the watchlist: its revision, and whether it was ever seeded from the file. */
export const WATCHLIST_REVISION_KEY = "watchlist_revision";
export const WATCHLIST_SEEDED_KEY = "watchlist_seeded";
