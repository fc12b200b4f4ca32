/**
 * Runs a parsed `/tracewire` command against the shared commands (commands/), for the channel it came from,
 * and returns a platform-neutral reply. The same functions answer `tracewire search` on the CLI. Bad input
 * and failures become replies with a usage line; nothing here throws at the chat user.
 */
import { randomBytes } from "node:crypto";
import type { AppContext } from "../app/app-context.js";
import { subscribeDeps } from "../app/subscribe-deps.js";
import { confirmSubscriptionNow } from "../commands/confirm-subscription.js";
import { describeAge } from "../commands/describe-age.js";
import { describeSubscription } from "../commands/describe-subscription.js";
import { editSubscription } from "../commands/edit-subscription.js";
import { addWatched, removeWatched } from "../commands/edit-watchlist.js";
import { entityReport } from "../commands/entity-report.js";
import { feedStatus } from "../commands/feed-status.js";
import { describeFigure, feedbackFigures } from "../commands/feedback-figures.js";
import { latestStories } from "../commands/latest-stories.js";
import { resumeSubscription } from "../commands/resume-subscription.js";
import { searchArchive } from "../commands/search-archive.js";
import { removeSubscription, subscribe } from "../commands/subscribe.js";
import { describeError, TracewireError } from "../errors.js";
import { redactSecrets } from "../log.js";
import type { StoredItem } from "../model/item.js";
import { configuredPlatforms } from "../model/subscription.js";
import { processTimeZone } from "../render/format-time.js";
import { describeEntityWeeks, describeWatchedEntity } from "../render/watchlist-text.js";
import { type BotCommand, SUBCOMMANDS, USAGE } from "./command-text.js";

export type BotContext = Pick<AppContext, "store" | "env" | "feeds" | "logger"> & {
  /**
   * Runs a command's store work when there is room (the worker keeps commands to fewer than the pool's
   * connections, so /healthz and the replay check at the door never queue behind a burst of searches).
   */
  limit?: <T>(work: () => Promise<T>) => Promise<T>;
};

/**
 * A reply before rendering. `lines` are plain text (renderers escape them); `problem` marks a usage answer.
 */
export type BotReply =
  | { kind: "items"; title: string; items: StoredItem[]; intro?: string[] }
  | { kind: "text"; title: string; lines: string[]; problem?: boolean };

/** Hits shown for search and latest. */
export const REPLY_LIMIT = 10;

/** Answers one command for `channelTarget` (`slack:C…` or `discord:123…`). */
export async function runBotCommand(
  ctx: BotContext,
  command: BotCommand,
  channelTarget: string,
  now: Date = new Date(),
  userId: string | null = null,
): Promise<BotReply> {
  // One line per command: who, which subcommand, where. Never the text, which can hold anything.
  ctx.logger.info(
    { platform_user: userId, command: command.name, channel: channelTarget },
    `/tracewire ${command.name} from ${userId ?? "an unknown user"} in ${channelTarget}`,
  );
  const limit = ctx.limit ?? ((work) => work());
  return limit(() => answerCommand(ctx, command, channelTarget, now));
}

/** The reply to one command; failures become replies, never exceptions. */
async function answerCommand(
  ctx: BotContext,
  command: BotCommand,
  channelTarget: string,
  now: Date,
): Promise<BotReply> {
  try {
    switch (command.name) {
      case "search": {
        const items = await searchArchive(ctx.store, {
          query: command.query,
          limit: REPLY_LIMIT,
          order: "relevant",
        });
        return { kind: "items", title: `Search: ${command.query}`, items };
      }
      case "latest": {
        const items = await latestStories(ctx.store, command.argument, REPLY_LIMIT);
        const scope = command.argument ? command.argument : "Southeast Asia";
        return { kind: "items", title: `Latest: ${scope}`, items };
      }
      case "status":
        return await statusReply(ctx, channelTarget, now);
      case "subscribe":
        return await subscribeReply(ctx, command.options, channelTarget, now);
      case "unsubscribe":
        return await unsubscribeReply(ctx, command.id, channelTarget);
      case "subscription-set":
      case "subscription-resume":
        return await subscriptionReply(ctx, command, channelTarget, now);
      case "watch-add":
      case "watch-list":
      case "watch-remove":
        return await watchReply(ctx, command);
      case "entity":
        return await entityReply(ctx, command.id, now);
      case "help":
        return helpReply();
      case "usage":
        return {
          kind: "text",
          title: "tracewire: usage",
          lines: [command.problem, `Usage: ${command.usage}`],
          problem: true,
        };
    }
  } catch (error) {
    if (error instanceof TracewireError && (error.code === "USAGE" || error.code === "CONFIG_INVALID")) {
      const name = command.name.startsWith("subscription-")
        ? "subscription"
        : command.name.startsWith("watch-")
          ? "watch"
          : command.name;
      const usage = name in USAGE ? USAGE[name as keyof typeof USAGE] : USAGE.help;
      return {
        kind: "text",
        title: "tracewire: usage",
        // The hint is part of the answer: "did you mean prince-group?" is what the user needs next.
        lines: [
          redactSecrets(error.message),
          ...(error.hint ? [redactSecrets(error.hint)] : []),
          `Usage: ${usage}`,
        ],
        problem: true,
      };
    }
    // The details (a database host, a file path, SQL) are for the operator's log, never for the channel: the
    // chat user gets an apology and a reference the operator can search the log for.
    const reference = `ref_${randomBytes(4).toString("hex")}`;
    ctx.logger.error(
      { err: error, command: command.name, reference },
      `/tracewire ${command.name} failed (${reference}): ${describeError(error)}`,
    );
    return {
      kind: "text",
      title: "tracewire could not answer",
      lines: [
        `Sorry, /tracewire ${command.name} could not be answered just now. Try again in a minute.`,
        `If it keeps failing, give the operator this reference, which is in tracewire's log: ${reference}`,
      ],
      problem: true,
    };
  }
}

async function statusReply(ctx: BotContext, channelTarget: string, now: Date): Promise<BotReply> {
  const rows = await feedStatus(ctx.store, ctx.feeds);
  const failing = rows.filter((row) => row.state === "failing");
  const lines: string[] = [
    `Feeds: ${rows.length} configured, ${rows.filter((r) => r.state === "ok").length} ok, ${failing.length} failing, ` +
      `${rows.filter((r) => r.state === "new").length} not polled yet, ${rows.filter((r) => r.state === "disabled").length} disabled`,
  ];
  for (const row of rows) {
    const polled = row.lastPolledAt ? `last poll ${describeAge(row.lastPolledAt, now)}` : "never polled";
    const failure = row.state === "failing" && row.lastError ? ` — ${redactSecrets(row.lastError)}` : "";
    const problem = row.silentSince
      ? `${failure} — silent, newest item ${describeAge(row.silentSince, now)}`
      : failure;
    lines.push(
      `• ${row.state.toUpperCase()} ${row.outlet} (${row.id}): ${polled}, ${row.itemsSeen} items${problem}`,
    );
  }
  const subscriptions = (await ctx.store.listSubscriptions()).filter((s) => s.target === channelTarget);
  lines.push(
    subscriptions.length === 0
      ? "This channel has no subscriptions. Add one with /tracewire subscribe"
      : `This channel's subscriptions (${subscriptions.length}):`,
  );
  const zone = processTimeZone(ctx.env.TZ);
  for (const subscription of subscriptions) lines.push(`• ${describeSubscription(subscription, now, zone)}`);
  const { clicks, figures } = await feedbackFigures({ store: ctx.store }, { channel: channelTarget });
  const mine = figures.filter((figure) => figure.dimension === "subscription");
  if (clicks > 0) lines.push(`Feedback in this channel: ${mine.map(describeFigure).join("; ")}`);
  return { kind: "text", title: "tracewire status", lines };
}

async function subscribeReply(
  ctx: BotContext,
  options: Extract<BotCommand, { name: "subscribe" }>["options"],
  channelTarget: string,
  now: Date,
): Promise<BotReply> {
  const { subscription, queued, already } = await subscribe(
    { ...subscribeDeps(ctx), configured: configuredPlatforms(ctx.env) },
    { ...options, target: channelTarget },
    now,
  );
  const zone = processTimeZone(ctx.env.TZ);
  if (already) {
    return {
      kind: "text",
      title: `Already subscribed (${subscription.id})`,
      lines: [
        `This channel already receives ${describeSubscription(subscription, now, zone)}`,
        "Nothing was added. Change it with /tracewire subscription set " +
          `${subscription.id} … or remove it with /tracewire unsubscribe ${subscription.id}`,
      ],
    };
  }
  return {
    kind: "text",
    title: "Subscribed",
    lines: [
      `This channel now receives ${describeSubscription(subscription, now, zone)}`,
      `Remove it with /tracewire unsubscribe ${subscription.id}`,
      ...confirmSubscriptionNow(subscription, queued, now, zone),
      `Change it with /tracewire subscription set ${subscription.id} --countries KH (any subscribe option)`,
    ],
  };
}

/** The answer when `id` is not a subscription of the channel asking (another channel's look the same). */
function notThisChannels(id: string, usage: string): BotReply {
  return {
    kind: "text",
    title: "tracewire: usage",
    lines: [
      `This channel has no subscription "${id.slice(0, 40)}"; /tracewire status lists them.`,
      `Usage: ${usage}`,
    ],
    problem: true,
  };
}

/** `subscription set|resume ID`: only for a subscription of this channel, as unsubscribe. */
async function subscriptionReply(
  ctx: BotContext,
  command: Extract<BotCommand, { name: "subscription-set" | "subscription-resume" }>,
  channelTarget: string,
  now: Date,
): Promise<BotReply> {
  const subscription = await ctx.store.getSubscription(command.id.trim());
  if (!subscription || subscription.target !== channelTarget)
    return notThisChannels(command.id, USAGE.subscription);
  if (command.name === "subscription-set") {
    const edited = await editSubscription(ctx.store, subscription.id, command.options);
    const zone = processTimeZone(ctx.env.TZ);
    return { kind: "text", title: "Subscription changed", lines: [describeSubscription(edited, now, zone)] };
  }
  const result = await resumeSubscription(ctx.store, subscription.id, now);
  const requeued = result.requeued > 0 ? ` (${result.requeued} of them had been given up on)` : "";
  return {
    kind: "text",
    title: "Subscription resumed",
    lines: [
      `${subscription.id}: state ok; ${result.due} ${result.due === 1 ? "story" : "stories"} due now${requeued}`,
    ],
  };
}

async function unsubscribeReply(ctx: BotContext, id: string, channelTarget: string): Promise<BotReply> {
  const subscription = await ctx.store.getSubscription(id.trim());
  // A channel may only remove its own subscriptions.
  if (!subscription || subscription.target !== channelTarget) return notThisChannels(id, USAGE.unsubscribe);
  await removeSubscription(ctx.store, subscription.id);
  return {
    kind: "text",
    title: "Unsubscribed",
    lines: [`Removed ${subscription.id}; nothing more will be sent for it.`],
  };
}

/** Where slash-command watchlist messages say the command is. */
const WATCH_WHERE = "/tracewire watch";

/**
 * `watch add|list|remove`: anyone who may subscribe a channel may edit the watchlist (the same trust as
 * subscribe today). The archive is re-tagged by the worker within a minute, so the answer stays within 3 s.
 */
async function watchReply(
  ctx: BotContext,
  command: Extract<BotCommand, { name: "watch-add" | "watch-list" | "watch-remove" }>,
): Promise<BotReply> {
  if (command.name === "watch-list") {
    const entries = await ctx.store.listWatchlist();
    return {
      kind: "text",
      title: `Watchlist (${entries.length})`,
      lines:
        entries.length === 0
          ? ['The watchlist is empty. Add a name with /tracewire watch add "NAME"']
          : entries.map((entity) => `• ${describeWatchedEntity(entity)}`),
    };
  }
  const retag = "Stored items are re-tagged within a minute.";
  if (command.name === "watch-remove") {
    const removed = await removeWatched(ctx.store, command.id, WATCH_WHERE);
    return {
      kind: "text",
      title: "No longer watched",
      lines: [`Removed ${removed.name} (${removed.id}). ${retag}`],
    };
  }
  const entity = await addWatched(ctx.store, command.input, WATCH_WHERE);
  return {
    kind: "text",
    title: "Now watching",
    lines: [
      describeWatchedEntity(entity),
      `aliases: ${entity.aliases.join(" · ")}`,
      `${retag} Follow it with /tracewire subscribe alert --entities ${entity.id}`,
    ],
  };
}

/** `entity ID`: what it is, the latest stories naming it (linked), and items per week for 8 weeks. */
async function entityReply(ctx: BotContext, id: string, now: Date): Promise<BotReply> {
  const report = await entityReport(ctx.store, id, now, {
    where: "/tracewire entity",
    stories: REPLY_LIMIT - 2,
  });
  return {
    kind: "items",
    title: `Latest stories naming ${report.entity.name}`,
    intro: [describeWatchedEntity(report.entity), describeEntityWeeks(report.weeks)],
    items: report.stories,
  };
}

function helpReply(): BotReply {
  return {
    kind: "text",
    title: "tracewire: commands",
    lines: [
      ...SUBCOMMANDS.map((name) => USAGE[name]),
      "Examples:",
      "/tracewire search scam compound",
      "/tracewire latest KH",
      "/tracewire latest rescue_repatriation",
      '/tracewire subscribe digest --countries KH,MM --schedule "0 8 * * 1-5" --tz Asia/Bangkok',
      '/tracewire subscribe alert --min-urgency breaking --keywords "KK Park,Shwe Kokko" --quiet 22:00-07:00',
      "/tracewire unsubscribe sub_1a2b3c4d",
      "/tracewire subscription set sub_1a2b3c4d --countries KH --quiet none",
      "/tracewire subscription resume sub_1a2b3c4d",
      '/tracewire watch add "Jin Bei" --alias 金贝 --country KH',
      "/tracewire entity prince-group",
      "/tracewire subscribe alert --entities prince-group,kk-park",
      ...SEARCH_HELP,
    ],
  };
}

/** The search language, as the README's "Searching the archive" states it; the same on SQLite and Postgres. */
export const SEARCH_HELP = [
  "Search: every word must appear; common words such as “the” are ignored.",
  'Quotes find a phrase: "scam compound". OR in capitals finds either word: scam OR trafficking.',
  "A minus leaves a word out: myanmar -thailand. A star matches the start of a word: traffick*.",
];
