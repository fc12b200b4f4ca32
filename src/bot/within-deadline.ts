/**
 * Both bots must answer a slash command within 3 seconds (Slack: api.slack.com/interactivity/slash-commands;
 * Discord: the interaction callback). They answer inline when the work is done in time, and defer otherwise.
 */

/** The work's result when it settles within `ms` (0 or less: always null), else null; the work keeps running. */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
