/**
 * Entity tagging: which watched names an item mentions, in title or summary, in any script, with word
 * boundaries; an ambiguous alias counts only beside one of its entity's context words. Pure and fast: it is
 * all `tracewire watchlist` re-tagging runs over the archive when the watchlist changes.
 */
import type { ClassifyInput } from "../../model/classification.js";
import type { EntityMention } from "../../model/entity.js";
import type { CompiledWatchlist } from "./compile-watchlist.js";

/** The watched entities an item names, one mention per entity (title before summary), in order of appearance. */
export function tagEntities(_input: ClassifyInput, _watchlist: CompiledWatchlist): EntityMention[] {
  return [];
}
