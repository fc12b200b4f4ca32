/**
 * The subscription options table is the one place an option is declared: every surface a user sees (the CLI
 * flags, the Slack usage line and parser, the Discord form) offers each option, with the same choices.
 */
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { parseCommandText, USAGE } from "../../src/bot/command-text.js";
import { commandFromOptions, TRACEWIRE_COMMANDS } from "../../src/bot/discord/commands.js";
import { registerVerbs } from "../../src/cli/register-verbs.js";
import {
  botOptions,
  discordOptionName,
  SUBSCRIPTION_OPTIONS,
  type SubscriptionOption,
} from "../../src/route/subscription-options.js";

const sampleValue = (option: SubscriptionOption): string =>
  option.choices?.[0] ?? option.example?.replace(/"/g, "") ?? "12";

describe("the subscription options table", () => {
  it("gives `tracewire subscribe` one flag per option, with its help", () => {
    const program = new Command();
    registerVerbs(program);
    const subscribe = program.commands.find((command) => command.name() === "subscribe")!;
    expect(subscribe.options.map((option) => option.long)).toEqual(SUBSCRIPTION_OPTIONS.map((o) => o.flag));
    for (const option of SUBSCRIPTION_OPTIONS) {
      expect(subscribe.options.find((o) => o.long === option.flag)?.description).toBe(option.help);
    }
    expect(subscribe.options.find((o) => o.long === "--mode")?.defaultValue).toBe("digest");
  });

  it("shows every bot option in the Slack usage line, with its choices", () => {
    expect(USAGE.subscribe).toContain("[digest|alert|briefing]");
    expect(USAGE.subscribe).toContain("[--min-urgency breaking|normal|background]");
    expect(USAGE.subscribe).toContain("[--scope sea|all]");
    for (const option of botOptions().filter((o) => o.key !== "mode")) {
      expect(USAGE.subscribe).toContain(`[${option.flag} `);
    }
    expect(USAGE.subscribe).not.toContain("--backfill-hours");
  });

  it.each(botOptions().map((option) => [option.flag, option] as const))(
    "Slack text and the Discord form both set %s",
    (_, option) => {
      const value = sampleValue(option);
      expect(parseCommandText(`subscribe ${option.flag} "${value}"`)).toEqual({
        name: "subscribe",
        options: { [option.key]: value },
      });
      expect(commandFromOptions("subscribe", { [discordOptionName(option)]: value })).toEqual({
        name: "subscribe",
        options: { [option.key]: value },
      });
    },
  );

  it("offers every bot option in the Discord subscribe form, with the table's choices", () => {
    const subscribe = TRACEWIRE_COMMANDS[0].options.find((o) => o.name === "subscribe") as unknown as {
      options: { name: string; choices?: { value: string }[] }[];
    };
    expect(subscribe.options.map((o) => o.name)).toEqual(botOptions().map(discordOptionName));
    const urgency = subscribe.options.find((o) => o.name === "min_urgency");
    expect(urgency?.choices?.map((c) => c.value)).toEqual(["breaking", "normal", "background"]);
  });
});
