/** An archive of `count` stored, classified items from empty (see grow-archive.ts, which it calls). */
import type { Store } from "../src/store/store.js";
import { growArchive } from "./grow-archive.js";

/** Inserts and classifies `count` items into an empty store, then optimizes it. */
export async function fillArchive(store: Store, count: number, now = new Date()): Promise<void> {
  await growArchive(store, count, now);
}
