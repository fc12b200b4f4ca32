/**
 * fetch: one feed URL in, one FetchResult out (ok with the decoded body, not-modified, or failed with a
 * catalogued FeedFetchError). Does the conditional GET, follows redirects by hand (checking scheme, address
 * and count at every hop), enforces one deadline over the whole exchange and caps the body before and after
 * decompression. Never parses the body and never throws for network or HTTP trouble: failures are values.
 */
import { type Dispatcher, request as undiciRequest } from "undici";
import { FeedFetchError } from "../errors.js";
import { checkUrl, createGuardedAgent } from "./address-guard.js";
import {
  emptyBodyError,
  encodingError,
  httpStatusError,
  networkError,
  rateLimitedError,
  timeoutError,
  tooLargeError,
  tooManyRedirectsError,
} from "./feed-fetch-errors.js";
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from "./fetch-options.js";
import { abandonBody, readCappedBody } from "./read-capped-body.js";
import { parseRetryAfter } from "./retry-after.js";

export interface FeedRequest {
  url: string;
  /** Validators from the last successful fetch, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | {
      kind: "ok";
      status: number;
      /** Decoded body (after gzip/deflate/br). */
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** URL after redirects. */
      finalUrl: string;
      /** Bytes received on the wire, before decompression. */
      bytes: number;
    }
  | { kind: "not-modified"; status: 304; etag: string | null; lastModified: string | null }
  | { kind: "failed"; error: FeedFetchError };

/** fetchFeed's options: any FetchOptions (defaults from DEFAULT_FETCH_OPTIONS), plus a clock for tests. */
export type FetchFeedOptions = Partial<FetchOptions> & { now?: () => Date };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
const ACCEPT =
  "application/rss+xml, application/rdf+xml, application/atom+xml, application/feed+json, " +
  "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

/** Fetches one feed under the deadline, size and redirect caps; never throws for network or HTTP trouble. */
export async function fetchFeed(request: FeedRequest, options: FetchFeedOptions = {}): Promise<FetchResult> {
  const opts = { ...DEFAULT_FETCH_OPTIONS, ...withoutUndefined(options) };
  const ownAgent = opts.dispatcher
    ? null
    : createGuardedAgent({
        allowPrivateHosts: opts.allowPrivateHosts,
        allowAddresses: opts.allowAddresses,
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
      });
  const dispatcher = opts.dispatcher ?? (ownAgent as Dispatcher);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), opts.timeoutMs);
  let hopUrl = request.url;
  try {
    return await fetchWithRedirects(request, opts, dispatcher, deadline.signal, (url) => {
      hopUrl = url;
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (deadline.signal.aborted || (typeof code === "string" && TIMEOUT_CODES.has(code))) {
      return { kind: "failed", error: timeoutError(request.url, opts.timeoutMs) };
    }
    return { kind: "failed", error: atFeed(networkError(request.url, hopUrl, error), request.url, hopUrl) };
  } finally {
    clearTimeout(timer);
    await ownAgent?.destroy();
  }
}

type ResolvedOptions = FetchOptions & { now?: () => Date };

async function fetchWithRedirects(
  request: FeedRequest,
  opts: ResolvedOptions,
  dispatcher: Dispatcher,
  signal: AbortSignal,
  onHop: (url: string) => void,
): Promise<FetchResult> {
  const now = opts.now ?? (() => new Date());
  let url = request.url;
  for (let redirects = 0; ; redirects++) {
    onHop(url);
    const refused = checkUrl(url, opts.allowPrivateHosts, opts.allowAddresses);
    if (refused) return { kind: "failed", error: atFeed(refused, request.url, url) };
    const response = await undiciRequest(url, {
      dispatcher,
      method: "GET",
      signal,
      headers: requestHeaders(request, opts.userAgent),
    });
    const status = response.statusCode;
    const location = header(response.headers, "location");
    if (REDIRECTS.has(status) && location !== null) {
      await discard(response.body);
      if (redirects >= opts.maxRedirects) {
        return { kind: "failed", error: tooManyRedirectsError(request.url, opts.maxRedirects) };
      }
      const next = URL.parse(location, url);
      if (next === null) {
        const message = `redirected to an invalid URL "${location}" by ${url}`;
        return {
          kind: "failed",
          error: new FeedFetchError("FEED_BAD_URL", message, { where: request.url, status }),
        };
      }
      url = next.href;
      continue;
    }
    const etag = header(response.headers, "etag");
    const lastModified = header(response.headers, "last-modified");
    if (status === 304) {
      await discard(response.body);
      return {
        kind: "not-modified",
        status: 304,
        etag: etag ?? request.etag,
        lastModified: lastModified ?? request.lastModified,
      };
    }
    if (status < 200 || status >= 300) {
      await discard(response.body);
      const retryHeader = header(response.headers, "retry-after");
      const retryAfterMs = parseRetryAfter(retryHeader, now());
      const error =
        status === 429
          ? rateLimitedError(request.url, retryAfterMs, retryHeader, now())
          : httpStatusError(request.url, status, retryAfterMs);
      return { kind: "failed", error };
    }
    const declared = Number(header(response.headers, "content-length") ?? Number.NaN);
    if (declared > opts.maxBytes) {
      abandonBody(response.body);
      return { kind: "failed", error: tooLargeError(request.url, opts.maxBytes, "wire", status) };
    }
    const read = await readCappedBody(
      response.body,
      header(response.headers, "content-encoding"),
      opts,
      signal,
    );
    if (read.kind === "too-large") {
      return { kind: "failed", error: tooLargeError(request.url, read.cap, read.stage, status) };
    }
    if (read.kind === "bad-encoding") {
      return { kind: "failed", error: encodingError(request.url, status, read.detail) };
    }
    if (isBlank(read.body)) return { kind: "failed", error: emptyBodyError(request.url, status) };
    return {
      kind: "ok",
      status,
      body: read.body,
      contentType: header(response.headers, "content-type"),
      etag,
      lastModified,
      finalUrl: url,
      bytes: read.wireBytes,
    };
  }
}

function requestHeaders(request: FeedRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": userAgent,
    accept: ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.etag) headers["if-none-match"] = request.etag;
  if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  return headers;
}

/** A failure at a redirect hop names the hop; `where` stays the configured feed URL. */
function atFeed(error: FeedFetchError, feedUrl: string, hopUrl: string): FeedFetchError {
  if (hopUrl === feedUrl) return error;
  return new FeedFetchError(error.code, `${error.message}, after a redirect to ${hopUrl}`, {
    where: feedUrl,
    hint: error.hint,
    status: error.status,
    cause: error.cause,
  });
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

/** Drops a body we do not need (redirect, 304, error page), reading at most 64 KB of it. */
async function discard(body: Dispatcher.ResponseData["body"]): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function isBlank(body: Buffer): boolean {
  if (body.length === 0) return true;
  return body.length < 1024 && body.toString("utf8").trim() === "";
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
