#!/usr/bin/env node
/** The `tracewire` binary: hands argv to the CLI and turns known failures into one clear line and an exit code. */
import { quietClosedPipe } from "./cli/quiet-pipe.js";
import { runCli } from "./cli/run-cli.js";
import { tuneWorkerHeap } from "./worker/worker-heap.js";

// The long-lived worker keeps its heap near its working set (worker-heap.ts); one-shot commands keep V8's defaults.
if (process.argv[2] === "run") tuneWorkerHeap();

// `tracewire search scam | head -1`: a reader that goes away ends the command with exit 0, like `git log | head`.
const stdout = quietClosedPipe(process.stdout);
const code = await runCli(process.argv);
process.exitCode = stdout.closed ? 0 : code;
