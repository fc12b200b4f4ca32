/**
 * Slack and Discord message limits, from ../shared/PLATFORMS.md §1.1 and §2.1. Renderers and the test
 * checkers read them from here so the numbers live in one place. Lengths are measured in UTF-16 code
 * units (`string.length`), which is never less than the code-point count the platforms document, so a
 * text within these numbers is within the platform's.
 */
export const LIMITS = {
  slack: {
    /** SD:reference/block-kit/blocks — 50 per message (100 only in modals / Home tab). */
    blocksPerMessage: 50,
    /** SD:reference/block-kit/blocks/header-block — plain_text only. */
    headerText: 150,
    /** SD:reference/block-kit/blocks/section-block — 1–3000 chars. */
    sectionText: 3000,
    /** Same page: ≤10 fields, each ≤2000 chars. */
    sectionFields: 10,
    sectionFieldText: 2000,
    /** SD:reference/block-kit/blocks/context-block — images and text objects together. */
    contextElements: 10,
    /** NSS:packages/types/src/block-kit/composition-objects.ts — any plain_text / mrkdwn object. */
    textObject: 3000,
    /** NSS blocks.ts. */
    blockId: 255,
    /** SD:reference/methods/chat.postMessage — keep the fallback ≤4000 (Slack truncates above 40,000). */
    topLevelText: 4000,
    /**
     * Undocumented: users report `msg_blocks_too_long` near ~13k chars of block text
     * (github.com/slackapi/bolt-js/issues/2509), so keep a conservative margin below it.
     */
    totalBlockText: 11_000,
  },
  discord: {
    /** DD:resources/message.mdx (the OpenAPI spec says 4000 — follow the docs). */
    content: 2000,
    /** DD message.mdx; SPEC-D. */
    embedsPerMessage: 10,
    /** DD message.mdx "Embed Limits". */
    embedTitle: 256,
    embedDescription: 4096,
    embedFields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footerText: 2048,
    authorName: 256,
    /** Title + description + field names/values + footer text + author name of all embeds, else 400. */
    totalEmbedChars: 6000,
    /** Not in the docs' table: a URL longer than this is not linked (SPEC-D webhook avatar_url ≤2048). */
    url: 2048,
  },
} as const;

export type Limits = typeof LIMITS;

const ELLIPSIS = "…";

/**
 * Shortens `s` so that its length (UTF-16 units) is at most `n`, cutting between code points and
 * ending with an ellipsis when anything was cut; never splits a surrogate pair.
 */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n <= 0) return "";
  if (n === 1) return ELLIPSIS;
  let out = "";
  for (const cp of s) {
    if (out.length + cp.length + ELLIPSIS.length > n) break;
    out += cp;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * The longest code-point prefix of the raw string `s` (with an ellipsis when cut) whose encoded form is at
 * most `n` long. Escaping only grows a string, so cutting before escaping never leaves half an escape.
 */
export function fitRaw(s: string, n: number, encode: (raw: string) => string): string {
  let k = Math.min(s.length, n);
  for (;;) {
    const raw = truncate(s, k);
    const length = encode(raw).length;
    if (length <= n) return raw;
    if (k <= 0) return "";
    k = Math.max(0, Math.min(k - 1, Math.floor((k * n) / length)));
  }
}

/** `encode(s)` cut to at most `n` characters, cutting the raw text before escaping it. */
export function truncateEscaped(s: string, n: number, encode: (raw: string) => string): string {
  return encode(fitRaw(s, n, encode));
}
