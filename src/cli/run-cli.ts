/**
 * Maps argv to one verb and lazy-imports only that verb's file, so a cold start pays for one command.
 * Known failures (bad configuration, bad usage, an unusable store) print one clear message and exit 2;
 * anything unexpected prints its message (no stack unless LOG_LEVEL=debug) and exits 1.
 */
import { Command, CommanderError } from "commander";
import { describeError, TracewireError } from "../errors.js";
import { VERSION } from "../version.js";
import { registerVerbs } from "./register-verbs.js";

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const program = new Command("tracewire")
    .description(
      "Monitoring bot for human trafficking, forced labour and scam-compound news in Southeast Asia.\n" +
        "Polls feeds.json, classifies and groups items, and posts digests and alerts to Slack and Discord.",
    )
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerVerbs(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      if (error.code === "commander.help") return 0;
      return 2;
    }
    if (error instanceof TracewireError) {
      process.stderr.write(`tracewire: ${describeError(error)}\n`);
      return error.code === "CONFIG_INVALID" ||
        error.code === "CONFIG_UNREADABLE" ||
        error.code === "USAGE" ||
        error.code.startsWith("STORE_") ||
        error.code === "TARGET_INVALID"
        ? 2
        : 1;
    }
    process.stderr.write(`tracewire: unexpected failure: ${describeError(error)}\n`);
    if (process.env["LOG_LEVEL"] === "debug" && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
