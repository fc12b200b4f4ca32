/**
 * Editing the store's watchlist: add an entity, remove one, add or remove a spelling. Shared by
 * `tracewire watchlist` and `/tracewire watch`, which differ only in `where` (named in every message). Each
 * edit moves the watchlist's revision; re-tagging the archive is the caller's choice (the CLI runs it at once,
 * a slash command leaves it to the worker).
 */
import { watchlistEntrySchema } from "../config/watchlist-schema.js";
import { UsageError } from "../errors.js";
import { ENTITY_KINDS, type EntityKind, type WatchedEntity } from "../model/entity.js";
import type { WatchlistStore } from "../store/store.js";
import { nearestIds } from "./nearest-ids.js";

export interface AddWatchedInput {
  name: string;
  /** Default: made from the name (`Jin Bei` → `jin-bei`). */
  id?: string | undefined;
  /** Default: company. */
  kind?: string | undefined;
  countries?: string[] | undefined;
  /** Spellings besides the name. */
  aliases?: string[] | undefined;
  /** Words one of which must stand near a name for it to count (for names that also mean something else). */
  context?: string[] | undefined;
}

/** Adds an entity to the watchlist; refuses an id already watched. Returns the entity as stored. */
export async function addWatched(
  store: Pick<WatchlistStore, "getWatchedEntity" | "putWatchedEntity">,
  input: AddWatchedInput,
  where: string,
): Promise<WatchedEntity> {
  const name = input.name.trim();
  if (name === "") throw new UsageError("the name is empty", { where, hint: `e.g. ${where} add "Jin Bei"` });
  const id = input.id?.trim() || slug(name);
  if (id === "") {
    throw new UsageError(`cannot make an id from the name "${name}"`, {
      where,
      hint: `give one with --id, e.g. --id jin-bei (lower-case letters, digits and '-'); nothing was changed`,
    });
  }
  const idCheck = watchlistEntrySchema.shape.id.safeParse(id);
  if (!idCheck.success) {
    throw new UsageError(
      `--id: ${idCheck.error.issues[0]?.message ?? "not a valid id"}, got ${JSON.stringify(id)}`,
      {
        where,
        hint: "e.g. --id jin-bei; nothing was changed",
      },
    );
  }
  const kind = (input.kind ?? "company").trim().toLowerCase().replace(/-/g, "_");
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      `--kind: expected one of ${ENTITY_KINDS.join(", ")}, got ${JSON.stringify(input.kind)}`,
      {
        where,
        hint: "nothing was changed",
      },
    );
  }
  const countries = (input.countries ?? []).map((c) => c.trim().toUpperCase()).filter((c) => c !== "");
  const badCountry = countries.find((c) => !/^[A-Z]{2}$/.test(c));
  if (badCountry !== undefined) {
    throw new UsageError(
      `--country: expected ISO 3166-1 alpha-2 codes such as KH, got ${JSON.stringify(badCountry)}`,
      {
        where,
        hint: "nothing was changed",
      },
    );
  }
  const existing = await store.getWatchedEntity(id);
  if (existing) {
    throw new UsageError(`"${id}" is already watched (${existing.name})`, {
      where,
      hint: `nothing was changed; add a spelling with ${where} alias add ${id} ALIAS, or choose another --id`,
    });
  }
  const aliases = unique([name, ...(input.aliases ?? [])]);
  const context = unique(input.context ?? []);
  const entity: WatchedEntity = {
    id,
    name,
    kind: kind as EntityKind,
    countries: unique(countries),
    aliases,
    // With context words, every spelling counts only beside one of them (load-watchlist.ts's rule).
    ambiguousAliases: context.length > 0 ? aliases : [],
    context,
    sources: [],
    note: null,
  };
  await store.putWatchedEntity(entity);
  return entity;
}

/** Removes an entity; an unknown id names the nearest ones. Returns the entity removed. */
export async function removeWatched(
  store: Pick<WatchlistStore, "getWatchedEntity" | "removeWatchedEntity" | "listWatchlist">,
  id: string,
  where: string,
): Promise<WatchedEntity> {
  const entity = await requireWatched(store, id, where);
  await store.removeWatchedEntity(entity.id);
  return entity;
}

/** Adds a spelling to an entity. Returns the entity after, and whether the alias was new. */
export async function addWatchedAlias(
  store: Pick<WatchlistStore, "getWatchedEntity" | "addWatchedAlias" | "listWatchlist">,
  id: string,
  alias: string,
  where: string,
): Promise<{ entity: WatchedEntity; added: boolean }> {
  const spelling = alias.trim();
  if (spelling === "")
    throw new UsageError("the alias is empty", { where, hint: `e.g. ${where} alias add ${id} 金贝` });
  const before = await requireWatched(store, id, where);
  if (before.aliases.includes(spelling)) return { entity: before, added: false };
  const after = await store.addWatchedAlias(before.id, spelling);
  if (!after) throw unknownEntity(id, await store.listWatchlist(), where);
  return { entity: after, added: true };
}

/** Removes a spelling; refuses one the entity does not have, and its last one. Returns the entity after. */
export async function removeWatchedAlias(
  store: Pick<WatchlistStore, "getWatchedEntity" | "removeWatchedAlias" | "listWatchlist">,
  id: string,
  alias: string,
  where: string,
): Promise<WatchedEntity> {
  const before = await requireWatched(store, id, where);
  const spelling = alias.trim();
  if (!before.aliases.includes(spelling)) {
    throw new UsageError(`${before.id} has no alias "${spelling}"`, {
      where,
      hint: `its aliases are: ${before.aliases.join(", ")}; nothing was changed`,
    });
  }
  if (before.aliases.length === 1) {
    throw new UsageError(`"${spelling}" is the last alias of ${before.id}`, {
      where,
      hint: `an entity needs one spelling; remove the entity with ${where} remove ${before.id}; nothing was changed`,
    });
  }
  const after = await store.removeWatchedAlias(before.id, spelling);
  if (!after) throw unknownEntity(id, await store.listWatchlist(), where);
  return after;
}

/** The entity with this id (ids are matched case-insensitively); an unknown id names the nearest ones. */
export async function requireWatched(
  store: Pick<WatchlistStore, "getWatchedEntity" | "listWatchlist">,
  id: string,
  where: string,
): Promise<WatchedEntity> {
  const wanted = id.trim().toLowerCase();
  const entity = await store.getWatchedEntity(wanted);
  if (entity) return entity;
  throw unknownEntity(wanted, await store.listWatchlist(), where);
}

/** "no watched entity has id …", with the nearest ids (or every id, or how to add one) as the hint. */
export function unknownEntity(id: string, entries: readonly WatchedEntity[], where: string): UsageError {
  const ids = entries.map((e) => e.id);
  const nearest = nearestIds(id, ids);
  // A slash command's user is pointed at slash commands, an operator at the CLI.
  const verb = where.startsWith("/") ? "/tracewire watch" : "tracewire watchlist";
  const hint =
    ids.length === 0
      ? `the watchlist is empty; add a name with ${verb} add "NAME"`
      : nearest.length > 0
        ? `did you mean ${nearest.join(", ")}? ${verb} list shows every id`
        : `${verb} list shows every id`;
  return new UsageError(`no watched entity has id "${id.slice(0, 64)}"`, { where, hint });
}

/** A short id from a name: lower-case ASCII letters and digits joined by '-' (empty for a name in other scripts). */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
}
