/**
 * Small builders for store tests: Items made from real labelled headlines (tests/fixtures/headlines/headlines-dev.jsonl,
 * never invented text), classifications and subscriptions with sensible defaults.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Classification } from "../../src/model/classification.js";
import type { Item } from "../../src/model/item.js";
import { defaultFilter, type Subscription } from "../../src/model/subscription.js";

export interface Headline {
  title: string;
  summary: string | null;
  outlet: string;
  url: string;
  date?: string;
  label: string;
  topics: string[];
  country_codes: string[];
}

const HEADLINES_FILE = new URL("../fixtures/headlines/headlines-dev.jsonl", import.meta.url);
let cached: Headline[] | undefined;

/** Every labelled real headline from tests/fixtures/headlines/headlines-dev.jsonl, in file order. */
export function readHeadlines(): Headline[] {
  cached ??= readFileSync(HEADLINES_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Headline);
  return cached;
}

/** The headline at a position of the file (throws when out of range, so a test cannot silently pass). */
export function headline(index: number): Headline {
  const found = readHeadlines()[index];
  if (!found) throw new Error(`headlines-dev.jsonl has no line ${index}`);
  return found;
}

/** An id derived from a URL, the way normalise derives a stable id from an identity key. */
export function itemIdFor(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 16);
}

/** A normalised Item built from real headline number `index`, with overrides. */
export function buildItem(index: number, overrides: Partial<Item> = {}): Item {
  const h = headline(index);
  const url = overrides.url ?? h.url.replace(/[?#].*$/, "");
  const date = h.date ?? "2025-01-01";
  const published = new Date(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return {
    id: itemIdFor(url),
    feedId: "test-feed",
    outlet: h.outlet,
    url,
    link: h.url,
    guid: null,
    title: h.title,
    summary: h.summary ?? "",
    publishedAt: published.toISOString(),
    publishedEstimated: false,
    firstSeenAt: "2025-06-01T12:00:00.000Z",
    language: "en",
    ...overrides,
  };
}

/** A classification verdict, relevant Southeast Asia by default. */
export function buildClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    relevant: true,
    sea: true,
    topics: ["scam_compounds"],
    countries: ["KH"],
    urgency: "normal",
    score: 0.9,
    reasons: ['title: "scam"'],
    entities: [],
    version: "test-1",
    ...overrides,
  };
}

/** A console digest subscription with the default filter. */
export function buildSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: "sub-1",
    target: "console",
    mode: "digest",
    filter: defaultFilter(),
    schedule: "0 8 * * *",
    tz: "Asia/Bangkok",
    quiet: null,
    createdAt: "2025-06-01T00:00:00.000Z",
    backfillHours: 24,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
    ...overrides,
  };
}
