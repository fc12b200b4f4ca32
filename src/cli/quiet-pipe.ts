/**
 * A closed stdout ends a command quietly. When the reader of a pipe goes away (`tracewire search scam | head -1`),
 * the rest of the output is dropped, the command finishes what it was doing (so whatever it claimed is completed
 * or released by its own close, never left for a "crashed process" message), and the process exits 0, the way
 * `git log | head` ends without a word: the reader declined the rest, console deliveries included (only the write
 * that met the closed pipe fails, and is retried by the next run). Any other failure of stdout stays an error.
 */

/** What the entry point asks at the end: did the reader close the pipe? */
export interface QuietPipe {
  readonly closed: boolean;
}

/** Installs the EPIPE handler on `stream` (process.stdout at the entry); call once, before any verb runs. */
export function quietClosedPipe(stream: NodeJS.WritableStream = process.stdout): QuietPipe {
  const state = { closed: false };
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && !(state.closed && error.code === "ERR_STREAM_DESTROYED")) throw error;
    if (state.closed) return;
    state.closed = true;
    stream.write = dropWrite;
    // A writer waiting for 'drain' (classify-lines) would otherwise wait forever on a destroyed stream.
    stream.emit("drain");
  });
  return state;
}

/** A write that goes nowhere and reports success, so writers carry on to their normal end. */
function dropWrite(_chunk: unknown, encodingOrCallback?: unknown, callback?: unknown): boolean {
  const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
  if (typeof done === "function") queueMicrotask(() => done());
  return true;
}
