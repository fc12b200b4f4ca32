/**
 * The words for each way a fetch fails, one function per FeedFetchError code, so fetch-feed.ts reads as the
 * path and the messages can be pinned by tests. `where` is always the feed URL as configured.
 */
import { STATUS_CODES } from "node:http";
import { FeedFetchError } from "../errors.js";
import { AddressRefusedError, refusedFeedError } from "./address-guard.js";
import { formatBytes, formatSeconds } from "./fetch-options.js";

/** FEED_TIMEOUT: "timed out after 30 s". */
export function timeoutError(url: string, timeoutMs: number): FeedFetchError {
  return new FeedFetchError("FEED_TIMEOUT", `timed out after ${formatSeconds(timeoutMs)}`, {
    where: url,
    hint: "the server is slow or not answering; tracewire tries again later",
  });
}

/** FEED_TOO_LARGE: "too large: more than 10 MB" (or "… after decompression"). */
export function tooLargeError(
  url: string,
  cap: number,
  stage: "wire" | "decoded",
  status: number,
): FeedFetchError {
  const suffix = stage === "decoded" ? " after decompression" : "";
  return new FeedFetchError("FEED_TOO_LARGE", `too large: more than ${formatBytes(cap)}${suffix}`, {
    where: url,
    status,
    hint: "raise the fetch size cap if this feed is really that big",
  });
}

/** FEED_TOO_MANY_REDIRECTS: "too many redirects (5) starting at …". */
export function tooManyRedirectsError(url: string, maxRedirects: number): FeedFetchError {
  return new FeedFetchError(
    "FEED_TOO_MANY_REDIRECTS",
    `too many redirects (${maxRedirects}) starting at ${url}`,
    {
      where: url,
      hint: "the server redirects in a loop; use the feed's final URL in feeds.json",
    },
  );
}

/** FEED_RATE_LIMITED (429): "rate-limited until 2026-11-25T06:00:00Z (Retry-After 3600)". */
export function rateLimitedError(
  url: string,
  retryAfterMs: number | null,
  header: string | null,
  now: Date,
): FeedFetchError {
  const message =
    retryAfterMs === null
      ? "rate-limited (HTTP 429 Too Many Requests, no Retry-After)"
      : `rate-limited until ${isoSeconds(new Date(now.getTime() + retryAfterMs))} (Retry-After ${header})`;
  return new FeedFetchError("FEED_RATE_LIMITED", message, {
    where: url,
    status: 429,
    retryAfterMs,
    hint: "tracewire will not ask this feed again before then",
  });
}

/** FEED_HTTP_STATUS: "HTTP 500 Internal Server Error", with Retry-After honoured (503). */
export function httpStatusError(url: string, status: number, retryAfterMs: number | null): FeedFetchError {
  const reason = STATUS_CODES[status];
  const retry = retryAfterMs === null ? "" : ` (retry after ${formatSeconds(retryAfterMs)})`;
  return new FeedFetchError("FEED_HTTP_STATUS", `HTTP ${status}${reason ? ` ${reason}` : ""}${retry}`, {
    where: url,
    status,
    retryAfterMs,
    hint: status === 404 || status === 410 ? "the feed may have moved; check its URL" : undefined,
  });
}

/** FEED_EMPTY: a success status with nothing in the body. */
export function emptyBodyError(url: string, status: number): FeedFetchError {
  return new FeedFetchError("FEED_EMPTY", `empty response: HTTP ${status} with no body`, {
    where: url,
    status,
  });
}

/** FEED_NETWORK for an unusable Content-Encoding or a body that does not decompress. */
export function encodingError(url: string, status: number, detail: string): FeedFetchError {
  return new FeedFetchError("FEED_NETWORK", `body cannot be decoded: ${detail}`, { where: url, status });
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** FEED_NETWORK (or FEED_REFUSED_ADDRESS) for an error thrown by the socket, DNS or TLS layer. */
export function networkError(url: string, hostUrl: string, error: unknown): FeedFetchError {
  const refused = findCause(error, (e) => e instanceof AddressRefusedError);
  if (refused instanceof AddressRefusedError) {
    return refusedFeedError(url, refused.hostname, refused.address, refused.range);
  }
  const coded = findCause(error, (e) => typeof (e as { code?: unknown }).code === "string") as
    | (Error & { code: string })
    | undefined;
  const code = coded?.code ?? "";
  const host = safeHost(hostUrl);
  let message: string;
  if (code === "ECONNREFUSED") message = `connection refused by ${host} (ECONNREFUSED)`;
  else if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL") {
    message = `DNS lookup failed for ${safeHost(hostUrl, "hostname")} (${code})`;
  } else if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE") {
    message = `connection to ${host} dropped (${code})`;
  } else if (code === "EHOSTUNREACH" || code === "ENETUNREACH") message = `${host} is unreachable (${code})`;
  else if (code === "UND_ERR_CONNECT_TIMEOUT") message = `connecting to ${host} timed out (${code})`;
  else if (TLS_CODE.test(code)) message = `TLS failed with ${host}: ${coded?.message ?? code} (${code})`;
  else
    message = `network error with ${host}: ${coded?.message ?? describe(error)}${code ? ` (${code})` : ""}`;
  return new FeedFetchError("FEED_NETWORK", message, { where: url, cause: error });
}

/** Walks `cause` chains and AggregateError lists (Node's happy-eyeballs connect) for the first match. */
function findCause(error: unknown, test: (e: Error) => boolean, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 5) return undefined;
  if (test(error)) return error;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = findCause(inner, test, depth + 1);
      if (found) return found;
    }
  }
  return findCause(error.cause, test, depth + 1);
}

function safeHost(url: string, part: "host" | "hostname" = "host"): string {
  try {
    return new URL(url)[part];
  } catch {
    return url;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
