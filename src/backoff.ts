/**
 * How long to wait before retrying, for every retry in tracewire: feeds after failed polls, deliveries after a
 * transient platform error, Postgres work after a dropped connection. The wait doubles per attempt up to a cap,
 * and jitter takes a random share off it so callers that failed together do not retry in step. Pure: the
 * randomness is a parameter, so tests record the exact delays.
 */

/** The numbers one caller retries with. */
export interface BackoffPolicy {
  /** Wait before attempt 0 (ms); each later attempt waits twice the one before. */
  baseMs: number;
  /** Longest wait (ms), before jitter. */
  capMs: number;
  /** Share of the wait jitter may take off (0 to 1): jitter never makes a retry later than the cap. */
  jitter: number;
}

/** The wait (ms) before retry `attempt` (0-based): min(cap, base·2^attempt), less up to `jitter` of it. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  // 2^32 keeps the product finite for any base; every cap tracewire uses is reached long before.
  const exponent = Math.min(Math.max(attempt, 0), 32);
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return exponential * (1 - policy.jitter * random());
}
