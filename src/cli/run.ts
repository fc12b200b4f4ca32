/** `tracewire run` (what `npm start` runs): the long-lived worker. */
import { createAppContext } from "../app/app-context.js";
import { describeConsoleDefault, ensureConsoleSubscription } from "../app/ensure-console-subscription.js";
import { loadEnv } from "../config/load-env.js";
import { installSignalHandlers, runWorker } from "../worker/run-worker.js";

/** Starts the worker; it runs until SIGTERM or SIGINT. */
export async function runVerb(): Promise<void> {
  const env = loadEnv();
  const ctx = await createAppContext(env);
  const consoleLine = describeConsoleDefault(await ensureConsoleSubscription(ctx, new Date()));
  if (consoleLine) ctx.output.write(`${consoleLine}\n`);
  const overrideSeconds = env.TRACEWIRE_POLL_INTERVAL_SECONDS;
  const worker = await runWorker(
    ctx,
    overrideSeconds ? { feedIntervalMs: () => overrideSeconds * 1000 } : {},
  );
  installSignalHandlers(worker, ctx.logger);
}
