/**
 * Watched entities for tests: a small WatchedEntity with sensible defaults. The names are real entities from
 * the shipped watchlist.json; tests that need the matcher use aliases that appear verbatim in their headlines.
 */
import type { EntityMention, WatchedEntity } from "../../src/model/entity.js";

/** A watched entity with defaults (a company in Cambodia, one alias: its name). */
export function buildWatchedEntity(overrides: Partial<WatchedEntity> & { id: string }): WatchedEntity {
  const name = overrides.name ?? overrides.id;
  return {
    name,
    kind: "company",
    countries: ["KH"],
    aliases: [name],
    ambiguousAliases: [],
    context: [],
    sources: [],
    note: null,
    ...overrides,
  };
}

/** A mention of an entity in an item's title. */
export function mentionOf(entity: WatchedEntity, alias = entity.name): EntityMention {
  return { id: entity.id, name: entity.name, alias, field: "title" };
}
