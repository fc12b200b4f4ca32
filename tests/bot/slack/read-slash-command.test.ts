import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSlashCommand } from "../../../src/bot/slack/read-slash-command.js";

const FIELDS = { channel_id: "C0123ABCDE", response_url: "https://hooks.slack.com/commands/T1/2/x" };

describe("readSlashCommand", () => {
  it("reads the text, the channel, the response_url and the user", () => {
    expect(readSlashCommand({ ...FIELDS, user_id: "U0EDITOR1", text: "search scam &amp; fraud" })).toEqual({
      command: { name: "search", query: "scam & fraud" },
      channelId: "C0123ABCDE",
      responseUrl: FIELDS.response_url,
      userId: "U0EDITOR1",
    });
  });

  it("leaves out a user id that is not a Slack id", () => {
    expect(readSlashCommand({ ...FIELDS, user_id: "<@U1>", text: "status" }).userId).toBeNull();
  });

  it("drops a NUL and other control characters from the text", () => {
    const read = readSlashCommand({ ...FIELDS, text: "subscribe alert --keywords KK\u0000Park\u001b" });
    expect(read.command).toMatchObject({ name: "subscribe", options: { keywords: "KKPark" } });
  });

  it.each([
    [{ ...FIELDS, text: ["status", "search x"] }, "the request carried text 2 times; send it once"],
    [{ ...FIELDS, text: 42 }, "the request's text is not text"],
    [{ ...FIELDS, text: "status", channel_id: ["C1", "C2"] }, "the request carried channel_id 2 times"],
    [{ text: "status" }, "the request carried no Slack channel id (channel_id)"],
    [{ ...FIELDS, text: "status", channel_id: "c0123 abcde" }, "the request carried no Slack channel id"],
  ])("answers %j with usage: %s", (fields, problem) => {
    const read = readSlashCommand(fields);
    expect(read.command.name).toBe("usage");
    expect(read.command.name === "usage" && read.command.problem).toContain(problem);
  });

  it("never throws, and never lets a malformed channel through (property)", () => {
    const value = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      fc.anything(),
    );
    const fields = fc.dictionary(
      fc.oneof(fc.constantFrom("text", "channel_id", "response_url", "user_id", "team_id"), fc.string()),
      value,
    );
    fc.assert(
      fc.property(fields, (form) => {
        const read = readSlashCommand(form);
        expect(read.channelId).toMatch(/^(?:[A-Z0-9]{1,40}|unknown)$/);
        expect(["string", "undefined"]).toContain(typeof read.responseUrl);
        expect(JSON.stringify(read.command)).not.toMatch(/\\u00[01][0-9a-ce-f]|\\u001[0-9a-f]/);
      }),
      { numRuns: 2000 },
    );
  });
});
