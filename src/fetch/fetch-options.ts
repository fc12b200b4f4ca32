/**
 * The caps and switches of one feed fetch, with their defaults in one typed object.
 * Operators change them through configuration; tests pass small values to stay fast.
 */
import type { Dispatcher } from "undici";
import { ENV_DEFAULTS } from "../config/env-schema.js";
import { VERSION } from "../version.js";

export interface FetchOptions {
  /** Total deadline per fetch, every redirect hop and the whole body included (ms). */
  timeoutMs: number;
  /** Most bytes read off the wire, before decompression. */
  maxBytes: number;
  /** Most bytes after decompression (gzip bombs stop here). */
  maxDecodedBytes: number;
  /** Most redirects followed before giving up. */
  maxRedirects: number;
  userAgent: string;
  /** TRACEWIRE_ALLOW_PRIVATE_HOSTS=1: allow loopback, private and link-local addresses. */
  allowPrivateHosts: boolean;
  /** Non-public addresses or CIDR ranges allowed one by one (e.g. an intranet feed server). */
  allowAddresses?: readonly string[] | undefined;
  /** A shared agent from createGuardedAgent; without it each fetch makes (and closes) its own. */
  dispatcher?: Dispatcher | undefined;
}

/** The honest User-Agent: who we are and where to read about us. */
export const USER_AGENT = `tracewire/${VERSION} (+https://github.com/tracewire/tracewire)`;

/** The caps when a caller passes none: the configuration's defaults (config/env-schema.ts). */
export const DEFAULT_FETCH_OPTIONS = {
  timeoutMs: ENV_DEFAULTS.TRACEWIRE_FETCH_TIMEOUT_MS,
  maxBytes: ENV_DEFAULTS.TRACEWIRE_MAX_FEED_BYTES,
  maxDecodedBytes: ENV_DEFAULTS.TRACEWIRE_MAX_DECODED_BYTES,
  maxRedirects: ENV_DEFAULTS.TRACEWIRE_MAX_REDIRECTS,
  userAgent: USER_AGENT,
  allowPrivateHosts: false,
} as const satisfies FetchOptions;

/** "10 MB", "64 KB", "512 bytes": caps as an operator wrote them. */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Number((bytes / mb).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** "30 s", "1.5 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
