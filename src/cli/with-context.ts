/** Runs a verb with the shared context (validated env, feeds, store, fetcher, platforms) and closes it after. */
import { type AppContext, createAppContext } from "../app/app-context.js";
import { loadEnv } from "../config/load-env.js";

/** Builds the context, runs `body`, always closes the store and sockets. */
export async function withContext<T>(
  body: (ctx: AppContext) => Promise<T>,
  options: { loadFeeds?: boolean } = {},
): Promise<T> {
  const env = loadEnv();
  const ctx = await createAppContext(env, { loadFeeds: options.loadFeeds ?? true });
  try {
    return await body(ctx);
  } finally {
    await ctx.close();
  }
}

/** True when stdout is a person's terminal and NO_COLOR is not set. */
export function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env["NO_COLOR"];
}

/** Prints a line to stdout. */
export function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}
