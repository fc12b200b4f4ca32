/**
 * The replay memory the bots ask at their door (bot/check-request-time.ts RememberSignature), kept in the store so
 * every replica refuses a request another one already ran. A signature is remembered for ten minutes: twice the
 * five minutes a signed timestamp is accepted, so a replay is refused for as long as its timestamp would pass.
 */
import type { RememberSignature } from "../bot/check-request-time.js";
import { withinDeadline } from "../bot/within-deadline.js";
import { describeError } from "../errors.js";
import type { Logger } from "../log.js";
import type { RequestStore } from "../store/store.js";

/** How long a seen signature is remembered (ms). */
export const SIGNATURE_MEMORY_MS = 10 * 60_000;

/**
 * How long the door waits for the store's answer (ms). Slack wants an answer within 3 s; while another process
 * holds SQLite's write lock the store would wait up to 5 s, so past this the request is let through (the
 * timestamp window still bounds a replay to five minutes) and the write finishes on its own.
 */
export const SIGNATURE_CHECK_MS = 500;

/**
 * A RememberSignature backed by the store. When the store cannot answer, or not within `waitMs`, the request
 * is let through (the timestamp window still bounds a replay to five minutes) and that is logged: a store
 * hiccup or a neighbour's lock must not turn every slash command away or make it miss Slack's deadline.
 */
export function rememberSignatureIn(
  store: RequestStore,
  now: () => Date,
  logger: Logger,
  waitMs = SIGNATURE_CHECK_MS,
): RememberSignature {
  return async (signature, platform) => {
    const remembered = store.rememberRequest(`${platform}:${signature}`, now(), SIGNATURE_MEMORY_MS);
    try {
      const answer = await withinDeadline(remembered, waitMs);
      if (answer !== null) return answer;
      remembered.catch(() => {});
      logger.warn(
        { platform },
        `replay memory busy (the store is waiting), request accepted after ${waitMs} ms`,
      );
      return true;
    } catch (error) {
      logger.warn(
        { platform, err: error },
        `replay memory unavailable, request accepted: ${describeError(error)}`,
      );
      return true;
    }
  };
}
