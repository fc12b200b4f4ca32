/**
 * Maps argv to one verb and lazy-imports only that verb's file, so a cold start pays for one command.
 * Known failures print one clear message and exit with their catalogue entry's code (src/errors.ts: 2 for bad
 * configuration, bad usage or an unusable store, 1 otherwise); anything unexpected prints its message (no stack
 * unless LOG_LEVEL=debug) and exits 1.
 */
import { Command, CommanderError } from "commander";
import { describeError, ERROR_CODES, exitCodeOf, TracewireError, UNEXPECTED_EXIT_CODE } from "../errors.js";
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
      return ERROR_CODES.USAGE.exitCode;
    }
    if (error instanceof TracewireError) {
      process.stderr.write(`tracewire: ${describeError(error)}\n`);
      return exitCodeOf(error);
    }
    process.stderr.write(`tracewire: unexpected failure: ${describeError(error)}\n`);
    if (process.env["LOG_LEVEL"] === "debug" && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return UNEXPECTED_EXIT_CODE;
  }
}
