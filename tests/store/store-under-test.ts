/**
 * What every store contract (tests/store/*-contract.ts) is run against: a fresh, migrated, empty database of
 * one backend, with a way to restart it and to open a second process on it. The sqlite and postgres test
 * files make these; each part's contract takes one.
 */
import type { Store } from "../../src/store/store.js";

export interface StoreUnderTest {
  store: Store;
  /** Closes `store` and opens the same database again, as a restart does. */
  reopen(): Promise<Store>;
  /** Another store on the same database, as a second process or replica would have. */
  openAnother(): Promise<Store>;
  /** Closes every store opened and removes the database. */
  cleanup(): Promise<void>;
}

/** Makes a fresh, migrated, empty database each time it is called. */
export type MakeStore = () => Promise<StoreUnderTest>;

/** The contracts' "now": claims, leases and quiet hours are measured from here. */
export const NOW = new Date("2025-06-01T12:00:00.000Z");

/** NOW plus some minutes. */
export const at = (minutes: number): Date => new Date(NOW.getTime() + minutes * 60_000);
