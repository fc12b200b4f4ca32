/** `tracewire test TARGET`: posts one sample message and says what went wrong if it could not. */
import { testTarget } from "../commands/test-target.js";
import { processTimeZone } from "../render/format-time.js";
import { say, useColor, withContext } from "./with-context.js";

/** Posts the test message; a refusal exits with the platform error's message and hint. */
export async function testVerb(target: string): Promise<void> {
  await withContext(
    async (ctx) => {
      const result = await testTarget(
        {
          store: ctx.store,
          platforms: ctx.platforms,
          allowPrivateHosts: ctx.env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
          color: useColor(),
          timeZone: processTimeZone(ctx.env.TZ),
        },
        target,
        new Date(),
      );
      const sample =
        result.sample.kind === "story" ? `the story "${result.sample.title}"` : "a fixed test text";
      say(`posted a test message to ${result.where}: ${sample}`);
    },
    { loadFeeds: false },
  );
}
