/**
 * `tracewire register-commands [--guild ID]`: puts the /tracewire command on Discord with one bulk-overwrite
 * PUT through @discordjs/rest (PLATFORMS.md §2.6). Guild commands update at once (use them to try things);
 * global ones reach every server the bot is in.
 */
import { DiscordAPIError, REST, Routes } from "discord.js";
import { describeError, PlatformError } from "../../errors.js";
import { TRACEWIRE_COMMANDS } from "./commands.js";

export interface RegisterCommandsOptions {
  token: string;
  applicationId: string;
  /** DISCORD_API_URL, e.g. https://discord.com/api (no version). */
  apiUrl: string;
  /** Register for one server only (instant), else globally. */
  guildId?: string | undefined;
}

export interface RegisterCommandsResult {
  scope: "guild" | "global";
  /** Names of the commands Discord now has. */
  names: string[];
}

/** Overwrites the application's commands with /tracewire; PlatformError naming the cause when Discord refuses. */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const rest = new REST({ api: options.apiUrl, version: "10", retries: 2, timeout: 15_000 }).setToken(
    options.token,
  );
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const where = options.guildId ? `guild ${options.guildId}` : `application ${options.applicationId}`;
  try {
    const created = (await rest.put(route, { body: TRACEWIRE_COMMANDS })) as { name: string }[];
    return { scope: options.guildId ? "guild" : "global", names: created.map((c) => c.name) };
  } catch (error) {
    throw registrationError(error, where);
  }
}

function registrationError(error: unknown, where: string): PlatformError {
  if (error instanceof DiscordAPIError) {
    const status = error.status;
    const hint =
      status === 401
        ? "DISCORD_TOKEN was refused: copy the bot token again from the Developer Portal (Bot → Reset Token)"
        : status === 403
          ? "the bot may not manage this application's commands: check DISCORD_APPLICATION_ID, and that the bot was invited with the applications.commands scope"
          : status === 404
            ? "unknown application or guild: check DISCORD_APPLICATION_ID and --guild"
            : undefined;
    return new PlatformError(
      status === 401 || status === 403 ? "PLATFORM_UNAUTHORISED" : "PLATFORM_ERROR",
      `registering /tracewire failed: Discord answered ${status} (${error.code}: ${error.message})`,
      { platform: "discord", status, platformCode: String(error.code), where, hint, permanent: status < 500 },
    );
  }
  return new PlatformError("PLATFORM_ERROR", `registering /tracewire failed: ${describeError(error)}`, {
    platform: "discord",
    where,
    hint: "check DISCORD_API_URL and the network, then run tracewire register-commands again",
  });
}
