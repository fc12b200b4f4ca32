#!/usr/bin/env node
/** The `tracewire` binary: hands argv to the CLI and turns known failures into one clear line and an exit code. */
import { runCli } from "./cli/run-cli.js";
import { tuneWorkerHeap } from "./worker/worker-heap.js";

// The long-lived worker keeps its heap near its working set (worker-heap.ts); one-shot commands keep V8's defaults.
if (process.argv[2] === "run") tuneWorkerHeap();

process.exitCode = await runCli(process.argv);
