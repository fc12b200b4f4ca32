import { describe, expect, it } from "vitest";
import { parseCommandText, tokenise } from "../../src/bot/command-text.js";

describe("parseCommandText", () => {
  it.each([
    ["search scam compound", { name: "search", query: "scam compound" }],
    ['search "KK Park"', { name: "search", query: "KK Park" }],
    ["SEARCH  Myawaddy ", { name: "search", query: "Myawaddy" }],
    ["latest", { name: "latest", argument: undefined }],
    ["latest KH", { name: "latest", argument: "KH" }],
    ["latest rescue_repatriation", { name: "latest", argument: "rescue_repatriation" }],
    ["status", { name: "status" }],
    ["help", { name: "help" }],
    ["", { name: "help" }],
    ["unsubscribe sub_1a2b3c4d", { name: "unsubscribe", id: "sub_1a2b3c4d" }],
  ])("reads %j", (text, expected) => {
    expect(parseCommandText(text)).toEqual(expected);
  });

  it("reads a subscribe with every option, quoted values kept whole", () => {
    const command = parseCommandText(
      'subscribe alert --countries KH,MM --topics scam_compounds --outlets Reuters --min-urgency breaking --keywords "KK Park,Shwe Kokko" --scope all --schedule "0 8 * * 1-5" --tz Asia/Bangkok --quiet 22:00-07:00',
    );
    expect(command).toEqual({
      name: "subscribe",
      options: {
        mode: "alert",
        countries: "KH,MM",
        topics: "scam_compounds",
        outlets: "Reuters",
        minUrgency: "breaking",
        keywords: "KK Park,Shwe Kokko",
        scope: "all",
        schedule: "0 8 * * 1-5",
        tz: "Asia/Bangkok",
        quiet: "22:00-07:00",
      },
    });
  });

  it("takes curly quotes from Slack clients as quotes", () => {
    expect(
      parseCommandText(
        "subscribe digest --keywords \u201CKK Park,Shwe Kokko\u201D --schedule=\u201C0 7 * * *\u201D",
      ),
    ).toEqual({
      name: "subscribe",
      options: { mode: "digest", keywords: "KK Park,Shwe Kokko", schedule: "0 7 * * *" },
    });
  });

  it("subscribe with no arguments means a default digest", () => {
    expect(parseCommandText("subscribe")).toEqual({ name: "subscribe", options: {} });
  });

  it.each([
    ["frobnicate", /unknown subcommand "frobnicate"/, "/tracewire search|latest"],
    ["search", /search needs words/, "/tracewire search QUERY"],
    ['search ""', /search needs words/, "/tracewire search QUERY"],
    ["latest KH MM", /latest takes one/, "/tracewire latest [COUNTRY|TOPIC]"],
    ["status now", /status takes no arguments/, "/tracewire status"],
    ["unsubscribe", /needs the subscription id/, "/tracewire unsubscribe ID"],
    ["subscribe --countries", /--countries needs a value/, "/tracewire subscribe"],
    ["subscribe --colour red", /unknown option "--colour"/, "/tracewire subscribe"],
    ["subscribe weekly", /unexpected "weekly"/, "/tracewire subscribe"],
    ['subscribe --keywords "KK Park', /quote is not closed/, "/tracewire subscribe"],
  ])("answers %j with a usage line", (text, problem, usagePrefix) => {
    const command = parseCommandText(text);
    expect(command.name).toBe("usage");
    if (command.name !== "usage") return;
    expect(command.problem).toMatch(problem);
    expect(command.usage.startsWith(usagePrefix)).toBe(true);
  });
});

describe("tokenise", () => {
  it.each([
    ["a b  c", ["a", "b", "c"]],
    ['--k "x y" z', ["--k", "x y", "z"]],
    ["--k 'it\"s'", ["--k", 'it"s']],
    ['"a \\"b\\""', ['a "b"']],
    ['""', [""]],
    ["a\\ b", ["a b"]],
  ])("splits %j", (text, tokens) => {
    expect(tokenise(text)).toEqual({ ok: true, tokens });
  });
});

describe("parseCommandText: subscription set and resume", () => {
  it.each([
    [
      "subscription set sub_1a2b3c4d --countries KH,MM --quiet 22:00-07:00",
      { name: "subscription-set", id: "sub_1a2b3c4d", options: { countries: "KH,MM", quiet: "22:00-07:00" } },
    ],
    ["subscription resume sub_1a2b3c4d", { name: "subscription-resume", id: "sub_1a2b3c4d" }],
  ])("reads %s", (text, command) => {
    expect(parseCommandText(text)).toEqual(command);
  });

  it.each([
    ["subscription", "subscription takes set or resume"],
    ["subscription set", "needs the subscription id"],
    ["subscription set sub_1a2b3c4d", "needs at least one option"],
    ["subscription set sub_1a2b3c4d --mode alert", 'unknown option "--mode"'],
    ["subscription resume sub_1a2b3c4d now", "takes only the id"],
  ])("answers %s with a usage line", (text, problem) => {
    const command = parseCommandText(text);
    expect(command).toMatchObject({ name: "usage" });
    expect(command.name === "usage" && command.problem).toContain(problem);
  });
});
