/**
 * The feeds.json schema, written once in zod. The JSON Schema beside feeds.json (feeds.schema.json) is
 * generated from it (`tracewire feeds schema`), so editors complete the same rules the loader checks.
 */
import { z } from "zod";
import { httpUrl } from "./http-url.js";

export const feedEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
        message: "expected a short id of lower-case letters, digits, '.', '_' or '-'",
      })
      .describe("Stable id of the feed, used in logs, `tracewire feeds` and the store. Never reuse one."),
    outlet: z.string().min(1, { message: "expected the outlet's name" }).describe("Outlet shown to readers."),
    url: httpUrl.describe("The feed URL (RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed)."),
    interval: z
      .number()
      .int({ message: "expected whole minutes" })
      .min(1, { message: "expected at least 1 minute" })
      .max(1440, { message: "expected at most 1440 minutes (a day)" })
      .optional()
      .describe("Minutes between polls (default 10)."),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: "expected a language tag such as en or km" })
      .optional()
      .describe(
        "Language of the feed's items (a tag such as km or zh-Hant). Left out, each item's own " +
          "xml:lang or dc:language, then the feed's <language>, then detection decide.",
      ),
    enabled: z.boolean().optional().describe("Set to false to keep a feed listed but not polled."),
  })
  .strict();

export const feedsFileSchema = z
  .object({
    $schema: z.string().optional(),
    feeds: z.array(feedEntrySchema).describe("The feeds tracewire polls."),
  })
  .strict();

export type FeedsFile = z.infer<typeof feedsFileSchema>;

/** The JSON Schema document for feeds.json, generated from the zod schema. */
export function feedsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(feedsFileSchema, { io: "input" }),
    $id: "https://github.com/tracewire/tracewire/feeds.schema.json",
    title: "tracewire feeds.json",
  };
}
