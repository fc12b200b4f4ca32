/**
 * A progress line on stderr for one-shot work that takes longer than a second ("polling feeds: 12/40"), shown
 * only when stderr is a person's terminal: piped or logged output never sees it. The line is rewritten in
 * place and erased when the work ends, so stdout's summary reads the same either way.
 */

export interface ProgressLine {
  /** The current step, e.g. "polling feeds: 12/40"; drawn once a second has passed. */
  update(text: string): void;
  /** Erases the line and stops drawing. */
  done(): void;
}

/** Starts a progress line on `stream` (default process.stderr); a no-op unless it is a terminal. */
export function startProgressLine(stream: NodeJS.WriteStream = process.stderr, delayMs = 1000): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  let text = "";
  let shown = false;
  let finished = false;
  const draw = (): void => {
    if (finished || text === "") return;
    shown = true;
    stream.write(`\r\x1b[2K${text}`);
  };
  const timer = setTimeout(draw, delayMs);
  timer.unref();
  return {
    update(next) {
      text = next;
      if (shown) draw();
    },
    done() {
      finished = true;
      clearTimeout(timer);
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
