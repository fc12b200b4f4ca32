/**
 * Retention (issue 21): removes non-relevant items published and first seen more than `days` days before `now`,
 * with their feeds, search entries and lookups, one store batch (one transaction) at a time, so a large first
 * prune never holds the database for long. Relevant items, and every item of a story that is relevant, recent
 * or delivered, stay (store.ts pruneItems). Shared by `tracewire prune` and the worker's hourly run; never
 * reads the environment (the caller passes the days).
 */
import type { ItemStore } from "../store/store.js";

/** Items removed per transaction. */
export const PRUNE_BATCH = 1_000;

const DAY_MS = 86_400_000;

export interface PruneResult {
  /** Items removed. */
  removed: number;
  days: number;
  /** The cutoff (ISO 8601): non-relevant items older than this went. */
  before: string;
}

/** Prunes non-relevant items older than `days` days, batch by batch, until none is left. */
export async function pruneArchive(
  store: Pick<ItemStore, "pruneItems">,
  days: number,
  now: Date,
  batch = PRUNE_BATCH,
): Promise<PruneResult> {
  const before = new Date(now.getTime() - days * DAY_MS).toISOString();
  let removed = 0;
  for (;;) {
    const gone = await store.pruneItems(before, batch);
    removed += gone;
    if (gone < batch) return { removed, days, before };
  }
}

/** The line an operator reads: "pruned 1,234 non-relevant items older than 90 days". */
export function describePrune(result: PruneResult): string {
  const items = result.removed === 1 ? "item" : "items";
  const days = result.days === 1 ? "day" : "days";
  return `pruned ${result.removed.toLocaleString("en-US")} non-relevant ${items} older than ${result.days} ${days}`;
}
