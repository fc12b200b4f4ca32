/** Starts bench/feed-host.ts in a child process and talks to it over IPC. */
import { fork } from "node:child_process";
import { resolve } from "node:path";
import type { FeedHostRequest, FeedHostStats } from "./feed-host.js";

export interface FeedHost {
  origin: string;
  stats(): Promise<FeedHostStats>;
  reset(): Promise<void>;
  /** Replaces feed `index` with one new, relevant item; resolves with the Date.now() of the change. */
  prepend(index: number, tag: string, offset: number): Promise<number>;
  stop(): Promise<void>;
}

/** Forks the feed host serving `count` feeds × `itemsPerFeed` items built for `now`. */
export async function forkFeedHost(options: {
  count: number;
  itemsPerFeed: number;
  now: Date;
  latencyMs?: number;
  tag?: string;
}): Promise<FeedHost> {
  const child = fork(resolve(import.meta.dirname, "feed-host.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  child.on("message", (m: { id: number; reply?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(`feed host: ${m.error}`));
    else w?.resolve(m.reply);
  });
  child.on("exit", (code) => {
    for (const w of waiting.values()) w.reject(new Error(`feed host exited with ${code}`));
    waiting.clear();
  });
  const call = <T>(message: FeedHostRequest): Promise<T> =>
    new Promise<T>((resolvePromise, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolvePromise as (v: unknown) => void, reject });
      child.send({ ...message, id });
    });
  const { origin } = await call<{ origin: string }>({
    type: "start",
    count: options.count,
    itemsPerFeed: options.itemsPerFeed,
    now: options.now.toISOString(),
    latencyMs: options.latencyMs ?? 0,
    ...(options.tag ? { tag: options.tag } : {}),
  });
  return {
    origin,
    stats: () => call<FeedHostStats>({ type: "stats" }),
    reset: async () => {
      await call({ type: "reset" });
    },
    prepend: async (index, tag, offset) =>
      (await call<{ at: number }>({ type: "prepend", index, tag, offset })).at,
    stop: async () => {
      await call({ type: "stop" }).catch(() => {});
    },
  };
}
