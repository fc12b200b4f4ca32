/**
 * The watchlist.json schema (issue 17), written once in zod: named compounds, companies, people, armed groups
 * and places, each with the spellings the press uses and the public sources that say who or what it is. The
 * JSON Schema beside the file (watchlist.schema.json) is generated from it, like feeds.schema.json.
 */
import { z } from "zod";
import { ENTITY_KINDS } from "../model/entity.js";
import { httpUrl } from "./http-url.js";

const sourceSchema = z
  .object({
    title: z.string().min(1).describe("The source's title as published."),
    url: httpUrl.describe("Where it was read."),
    publisher: z.string().min(1).optional().describe("Who published it (OFAC, UNODC, Reuters …)."),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "expected YYYY, YYYY-MM or YYYY-MM-DD" })
      .optional(),
  })
  .strict();

export const watchlistEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
        message: "expected a short id of lower-case letters, digits or '-'",
      })
      .describe("Stable id, used by --entities, /tracewire entity and the store. Never reuse one."),
    name: z.string().min(1).describe("The name shown to readers."),
    kind: z.enum(ENTITY_KINDS),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, { message: "expected ISO 3166-1 alpha-2 codes such as KH" }))
      .describe("Countries the entity operates in."),
    aliases: z
      .array(z.string().min(1))
      .min(1, { message: "expected at least one spelling" })
      .describe("Spellings, romanisations and local scripts the press uses."),
    ambiguousAliases: z
      .array(z.string().min(1))
      .optional()
      .describe("Aliases that name someone or something else too: they count only beside a context word."),
    context: z
      .array(z.string().min(1))
      .optional()
      .describe("Words one of which must stand near an ambiguous alias (casino, Golden Triangle, 金木棉 …)."),
    sources: z
      .array(sourceSchema)
      .min(1, { message: "expected at least one public source" })
      .describe("Public sources (sanctions notices, UN and think-tank reports) that say who or what it is."),
    note: z.string().optional().describe("One sentence on who or what it is."),
  })
  .strict();

export const watchlistFileSchema = z
  .object({
    $schema: z.string().optional(),
    entries: z.array(watchlistEntrySchema).describe("The names tracewire watches."),
  })
  .strict();

export type WatchlistFile = z.infer<typeof watchlistFileSchema>;
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

/** The JSON Schema document for watchlist.json, generated from the zod schema. */
export function watchlistJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(watchlistFileSchema, { io: "input" }),
    $id: "https://github.com/tracewire/tracewire/watchlist.schema.json",
    title: "tracewire watchlist.json",
  };
}
