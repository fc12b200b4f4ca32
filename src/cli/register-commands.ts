/** `tracewire register-commands`: the /tracewire application commands, registered with Discord. */

import { registerCommands } from "../bot/discord/register-commands.js";
import { loadEnv } from "../config/load-env.js";
import { ConfigError } from "../errors.js";
import { say } from "./with-context.js";

/** Bulk-overwrites the commands globally or in one guild. */
export async function registerCommandsVerb(options: { guild?: string }): Promise<void> {
  const env = loadEnv();
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    throw new ConfigError("register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID", {
      hint: "find both in the Discord developer portal under your application (see README, Discord)",
    });
  }
  const registered = await registerCommands({
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    apiUrl: env.DISCORD_API_URL,
    ...(options.guild ? { guildId: options.guild } : {}),
  });
  say(
    `registered ${registered.names.length} commands (${registered.names.join(", ")}) ${options.guild ? `in guild ${options.guild}` : "globally"}`,
  );
}
