import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInteraction } from "../../../src/bot/discord/read-interaction.js";

const CHANNEL = "1300000000000000042";

function interaction(options: unknown[]) {
  return {
    type: 2,
    channel_id: CHANNEL,
    data: { name: "tracewire", options: [{ name: "search", type: 1, options }] },
  };
}

describe("readInteraction", () => {
  it("reads the subcommand, its text options, the channel and the member's user id", () => {
    const payload = {
      ...interaction([{ name: "query", type: 3, value: "scam compound" }]),
      member: { user: { id: "80351110224678912" } },
    };
    expect(readInteraction(payload)).toEqual({
      command: { name: "search", query: "scam compound" },
      channel: CHANNEL,
      userId: "80351110224678912",
    });
  });

  it("drops control characters from option values", () => {
    const read = readInteraction(interaction([{ name: "query", type: 3, value: "KK\u0000Park\u001b" }]));
    expect(read.command).toEqual({ name: "search", query: "KKPark" });
  });

  it.each([
    [interaction([{ name: "query", type: 3, value: true }]), "option query must be text, got boolean"],
    [{ type: 2, channel_id: 7, data: {} }, "the interaction is malformed at channel_id"],
    [{ type: 2, channel_id: "#general", data: {} }, "the interaction's channel is not a Discord channel id"],
    ["not an object", "the interaction is malformed"],
  ])("answers %j with usage: %s", (payload, problem) => {
    const read = readInteraction(payload);
    expect(read.command.name).toBe("usage");
    expect(read.command.name === "usage" && read.command.problem).toContain(problem);
  });

  it("never throws on any value, and names only a snowflake or unknown as the channel (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue().map((v) => interaction([v])),
        ),
        (payload) => {
          const read = readInteraction(payload);
          expect(read.channel).toMatch(/^(?:\d{1,20}|unknown)$/);
          expect(typeof read.command.name).toBe("string");
        },
      ),
      { numRuns: 3000 },
    );
  });
});
