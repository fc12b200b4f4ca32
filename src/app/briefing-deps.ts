/** The weekly briefing's dependencies from the shared context: `tracewire briefing` and the worker use these. */
import type { SendBriefingDeps } from "../commands/briefing/send-briefing.js";
import { processTimeZone } from "../render/format-time.js";
import type { AppContext } from "./app-context.js";

/** SendBriefingDeps from the context's store, feeds, platforms, owner and settings. */
export function createBriefingDeps(
  ctx: Pick<AppContext, "env" | "store" | "feeds" | "platforms" | "owner">,
): SendBriefingDeps {
  const { env } = ctx;
  return {
    store: ctx.store,
    feeds: ctx.feeds,
    silence: { days: env.TRACEWIRE_SILENT_DAYS, gapFactor: env.TRACEWIRE_SILENT_GAP_FACTOR },
    platforms: ctx.platforms,
    owner: ctx.owner,
    allowPrivateHosts: env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
    defaultTimeZone: processTimeZone(env.TZ),
    publicUrl: env.TRACEWIRE_PUBLIC_URL ?? null,
  };
}
