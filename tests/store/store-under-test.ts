/**
 * What every store contract (tests/store/*-contract.ts) is run against: a fresh, migrated, empty database of
 * one backend, with a way to restart it and to open a second process on it. The sqlite and postgres test
 * files make these; each part's contract takes one.
 */
import { afterEach, beforeEach } from "vitest";
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

/** One contract's store, fresh for each test: `store` is the current one (after `reopen()`, the reopened one). */
export interface FreshStore {
  readonly store: Store;
  /** Restarts the store (closes it, opens the same database) and makes the new one current. */
  reopen(): Promise<Store>;
  /** Another store on the same database, as a second process or replica would have. */
  openAnother(): Promise<Store>;
}

/** Registers beforeEach/afterEach in the calling describe: a fresh database per test, removed after it. */
export function freshStoreEachTest(makeStore: MakeStore): FreshStore {
  let t: StoreUnderTest | undefined;
  let current: Store | undefined;
  beforeEach(async () => {
    t = await makeStore();
    current = t.store;
  });
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
    current = undefined;
  });
  const under = (): StoreUnderTest => {
    if (!t) throw new Error("freshStoreEachTest: the store is used outside a test");
    return t;
  };
  return {
    get store() {
      if (!current) throw new Error("freshStoreEachTest: the store is used outside a test");
      return current;
    },
    async reopen() {
      current = await under().reopen();
      return current;
    },
    openAnother: () => under().openAnother(),
  };
}
