/** Delivery to the `console` target: the rendered terminal text, written to the given stream. */
import { PlatformError } from "../../errors.js";
import type { Platform, PlatformMessage, SendResult } from "../platform.js";

/** A Platform that writes `message.terminal` (or the Slack text fallback) to `output`. */
export function createTerminalPlatform(output: NodeJS.WritableStream): Platform {
  return {
    async send(_target, message: PlatformMessage): Promise<SendResult> {
      const text = message.terminal ?? message.slack?.text ?? message.discord?.content;
      if (text === undefined) {
        throw new PlatformError("PLATFORM_ERROR", "console: no terminal rendering of the message", {
          platform: "console",
          permanent: false,
        });
      }
      await new Promise<void>((resolve, reject) => {
        output.write(text.endsWith("\n") ? text : `${text}\n`, (error) =>
          error ? reject(error) : resolve(),
        );
      });
      return { messageId: null };
    },
    async close() {},
  };
}
