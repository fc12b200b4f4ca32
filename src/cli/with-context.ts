/**
 * Runs a verb with the shared context (validated env, feeds, store, fetcher, platforms) and closes it after.
 * Ctrl-C (SIGINT) or SIGTERM during a verb closes the context, which hands back every feed lease and outbox
 * claim this process holds, and exits 130 or 143 (128 + the signal number, as a shell reports a command ended
 * by that signal, and as git does). Nothing claimed is left for a "crashed process" message on the next run.
 */
import { type AppContext, createAppContext } from "../app/app-context.js";
import { loadEnv } from "../config/load-env.js";

/** How long a one-shot command waits for one platform request before leaving the message to the worker. */
export const ONE_SHOT_PLATFORM_TIMEOUT_MS = 5_000;

/** Exit codes after a signal: 128 + its number. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

export interface WithContextOptions {
  /** Load feeds.json (default true). */
  loadFeeds?: boolean;
  /** A one-shot command that sends (poll, digest --now): platform requests give up after a few seconds. */
  oneShot?: boolean;
}

/** Builds the context, runs `body`, always closes the store and sockets (on a signal too). */
export async function withContext<T>(
  body: (ctx: AppContext) => Promise<T>,
  options: WithContextOptions = {},
): Promise<T> {
  const env = loadEnv();
  const ctx = await createAppContext(env, {
    loadFeeds: options.loadFeeds ?? true,
    ...(options.oneShot ? { platformTimeoutMs: ONE_SHOT_PLATFORM_TIMEOUT_MS } : {}),
  });
  const signals = closeOnSignal(ctx);
  try {
    return await body(ctx);
  } catch (error) {
    // The signal closed the store under the verb: its failure is the interruption's, and the exit follows.
    if (signals.received) await new Promise<never>(() => {});
    throw error;
  } finally {
    signals.remove();
    if (!signals.received) await ctx.close();
  }
}

/**
 * On SIGINT or SIGTERM: close the context (claims released, store closed) and exit 128 + signal. A second
 * signal while closing exits at once. Returns whether a signal came, and how to remove the handlers.
 */
export function closeOnSignal(
  ctx: Pick<AppContext, "close">,
  exit: (code: number) => void = (code) => process.exit(code),
): { readonly received: boolean; remove(): void } {
  const state = { received: false };
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES): void => {
    const code = SIGNAL_EXIT_CODES[signal];
    process.exitCode = code;
    if (state.received) {
      exit(code);
      return;
    }
    state.received = true;
    process.stderr.write(`tracewire: ${signal}: stopping; what was not sent stays queued for the next run\n`);
    ctx.close({ abandon: true }).then(
      () => exit(code),
      () => exit(code),
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get received() {
      return state.received;
    },
    remove() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** True when stdout is a person's terminal and NO_COLOR is not set. */
export function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env["NO_COLOR"];
}

/** Prints a line to stdout. */
export function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}
