/**
 * The replay memory the bots ask at their door (bot/check-request-time.ts RememberSignature), kept in the store so
 * every replica refuses a request another one already ran. A signature is remembered for ten minutes: twice the
 * five minutes a signed timestamp is accepted, so a replay is refused for as long as its timestamp would pass.
 */
import type { RememberSignature } from "../bot/check-request-time.js";
import { describeError } from "../errors.js";
import type { Logger } from "../log.js";
import type { RequestStore } from "../store/store.js";

/** How long a seen signature is remembered (ms). */
export const SIGNATURE_MEMORY_MS = 10 * 60_000;

/**
 * A RememberSignature backed by the store. When the store cannot answer, the request is let through (the
 * timestamp window still bounds a replay to five minutes) and the failure is logged: a store hiccup must not
 * turn every slash command away.
 */
export function rememberSignatureIn(store: RequestStore, now: () => Date, logger: Logger): RememberSignature {
  return async (signature, platform) => {
    try {
      return await store.rememberRequest(`${platform}:${signature}`, now(), SIGNATURE_MEMORY_MS);
    } catch (error) {
      logger.warn(
        { platform, err: error },
        `replay memory unavailable, request accepted: ${describeError(error)}`,
      );
      return true;
    }
  };
}
