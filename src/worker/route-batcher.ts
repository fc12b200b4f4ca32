/**
 * Gathers the new items of polls that finish close together into one routing. Each routing reads the recent
 * archive and tokenises it to group stories, a cost that does not depend on how many new items it routes: when
 * 200 feeds come back within seconds, routing each poll on its own repeated that work 200 times and the garbage
 * grew the heap by some 150 MB. Items wait at most `gatherMs`, and not at all when no other poll is under way,
 * so a lone poll's alert goes out as fast as before. Routings run one at a time.
 */

export interface RouteBatcher {
  /** Queues items for the next routing; resolves with what that routing returned (outbox rows added). */
  route(itemIds: string[]): Promise<number>;
  /** Routes what is waiting now: no other poll is coming, or the worker is stopping. */
  flush(): void;
}

export interface RouteBatcherOptions {
  /** Routes one batch of item ids. */
  routeItems: (itemIds: string[]) => Promise<number>;
  /** True while other polls may still bring items for this batch. */
  othersBusy: () => boolean;
  /** Longest time items wait for other polls (ms). */
  gatherMs: number;
  /** A batch this large is routed at once: a routing holds its items and their stories in memory. */
  maxItems: number;
}

interface Batch {
  ids: string[];
  done: Promise<number>;
  start: () => void;
}

/** A batcher that routes one batch at a time, each gathered for at most `gatherMs`. */
export function createRouteBatcher(options: RouteBatcherOptions): RouteBatcher {
  let routing: Promise<unknown> = Promise.resolve();
  let pending: Batch | null = null;
  let timer: NodeJS.Timeout | undefined;

  const openBatch = (): Batch => {
    let start = (): void => {};
    const ids: string[] = [];
    const started = new Promise<void>((resolve) => {
      start = resolve;
    });
    // Chained behind the routing before it, so two routings never overlap.
    const done = Promise.all([routing, started]).then(() => options.routeItems(ids));
    routing = done.catch(() => 0);
    return { ids, done, start };
  };

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = null;
    batch?.start();
  };

  return {
    route(itemIds) {
      pending ??= openBatch();
      const batch = pending;
      batch.ids.push(...itemIds);
      if (batch.ids.length >= options.maxItems || !options.othersBusy()) flush();
      else timer ??= setTimeout(flush, options.gatherMs);
      return batch.done;
    },
    flush,
  };
}
