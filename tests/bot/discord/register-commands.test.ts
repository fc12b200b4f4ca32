import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TRACEWIRE_COMMANDS } from "../../../src/bot/discord/commands.js";
import { registerCommands } from "../../../src/bot/discord/register-commands.js";
import { PlatformError } from "../../../src/errors.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";

const TOKEN = "test-bot-token-0123456789";
const APP_ID = "1200000000000000099";

describe("registerCommands", () => {
  let discord: FakeDiscord;
  beforeEach(async () => {
    discord = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
  });
  afterEach(async () => {
    await discord.close();
  });

  it("bulk-overwrites the global commands with /tracewire, valid against Discord's spec", async () => {
    const result = await registerCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: discord.apiUrl });
    expect(result).toEqual({ scope: "global", names: ["tracewire"] });
    expect(discord.requests).toContainEqual({
      method: "PUT",
      path: `/api/v10/applications/${APP_ID}/commands`,
    });
    const body = discord.commands.get(`/applications/${APP_ID}/commands`) as {
      options: { name: string }[];
    }[];
    expect(body[0]!.options.map((o) => o.name)).toEqual([
      "search",
      "latest",
      "status",
      "subscribe",
      "unsubscribe",
      "subscription",
      "watch",
      "entity",
      "help",
    ]);
    expect(discord.violations).toEqual([]);
  });

  it("registers on one guild with --guild", async () => {
    const result = await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: discord.apiUrl,
      guildId: "1100000000000000001",
    });
    expect(result.scope).toBe("guild");
    expect(discord.commands.has(`/applications/${APP_ID}/guilds/1100000000000000001/commands`)).toBe(true);
    expect(discord.violations).toEqual([]);
  });

  it("says the token was refused, and how to fix it, when Discord answers 401", async () => {
    const attempt = registerCommands({
      token: "wrong-token-0123456789",
      applicationId: APP_ID,
      apiUrl: discord.apiUrl,
    });
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toMatchObject({
      code: "PLATFORM_UNAUTHORISED",
      hint: expect.stringContaining("DISCORD_TOKEN was refused"),
    });
  });
});

describe("the /tracewire command definition", () => {
  const command = TRACEWIRE_COMMANDS[0];
  const namePattern = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

  function walk(options: readonly unknown[], visit: (o: Record<string, unknown>) => void): void {
    for (const option of options as Record<string, unknown>[]) {
      visit(option);
      walk((option["options"] as unknown[] | undefined) ?? [], visit);
    }
  }

  it("keeps every name, description and choice within Discord's limits (PLATFORMS.md §2.6)", () => {
    expect(command.name).toMatch(namePattern);
    let total = command.name.length + command.description.length;
    walk(command.options, (o) => {
      const name = o["name"] as string;
      const description = o["description"] as string;
      expect(name).toMatch(namePattern);
      expect(name).toBe(name.toLowerCase());
      expect(description.length).toBeGreaterThanOrEqual(1);
      expect(description.length).toBeLessThanOrEqual(100);
      expect(((o["options"] as unknown[]) ?? []).length).toBeLessThanOrEqual(25);
      const choices = (o["choices"] as { name: string; value: string }[] | undefined) ?? [];
      expect(choices.length).toBeLessThanOrEqual(25);
      total += name.length + description.length;
      for (const choice of choices) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
        total += choice.name.length + choice.value.length;
      }
    });
    expect(total).toBeLessThanOrEqual(8000);
  });
});
