#!/usr/bin/env node
/** The `tracewire` binary: hands argv to the CLI and turns known failures into one clear line and an exit code. */
import { runCli } from "./cli/run-cli.js";

process.exitCode = await runCli(process.argv);
