/**
 * The watchlist's vocabulary (issue 17): named compounds, companies, people, armed groups and places that
 * investigators follow, and the mention of one in an item. The watchlist itself is kept in the store (seeded
 * from watchlist.json, edited by `tracewire watchlist` and `/tracewire watch`); the classifier is given it.
 */

export const ENTITY_KINDS = ["compound", "company", "person", "armed_group", "place"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A public source that says who or what an entity is. */
export interface EntitySource {
  title: string;
  url: string;
  publisher?: string;
  date?: string;
}

/** One watched name with every spelling the press uses. */
export interface WatchedEntity {
  /** Stable id (`prince-group`): used by --entities, /tracewire entity and the store. */
  id: string;
  /** The name shown to readers. */
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-2 codes of the countries it operates in. */
  countries: string[];
  /** Spellings, romanisations and local scripts, the display name among them or not. */
  aliases: string[];
  /** Aliases that also name someone or something else: they count only beside one of `context`. */
  ambiguousAliases: string[];
  /** Words one of which must stand near an ambiguous alias. */
  context: string[];
  sources: EntitySource[];
  note: string | null;
}

/** Where in an item a name was found. */
export type EntityField = "title" | "summary";

/** One watched entity named in an item: which one, the alias as written, and where. */
export interface EntityMention {
  id: string;
  name: string;
  /** The alias as it stands in the item's text. */
  alias: string;
  field: EntityField;
}
