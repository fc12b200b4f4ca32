/** Declares every verb with its options and help; each action lazy-imports the one file that runs it. */
import { type Command, Option } from "commander";
import { ENTITY_KINDS } from "../model/entity.js";
import { botOptions, SUBSCRIPTION_OPTIONS, type SubscriptionOption } from "../route/subscription-options.js";

const FORMAT_HELP = "jsonl, csv or md";

/** A `tracewire subscribe` flag from the subscription options table (choices are checked by the filter parser). */
function subscribeFlag(option: SubscriptionOption): Option {
  const flag = new Option(`${option.flag} <${option.placeholder}>`, option.help);
  return option.cliDefault === undefined ? flag : flag.default(option.cliDefault);
}

/** Adds the verbs to the program. */
export function registerVerbs(program: Command): void {
  program
    .command("poll")
    .description(
      "poll every enabled feed once now, store and classify new items, send alerts; prints a per-feed summary",
    )
    .option("--json", "print the summary as JSON")
    .action(async (options) => (await import("./poll.js")).pollVerb(options));

  program
    .command("run")
    .description(
      "the long-running worker: scheduled polls and digests, alerts, /healthz, /metrics, slash commands",
    )
    .action(async () => (await import("./run.js")).runVerb());

  const feeds = program
    .command("feeds")
    .description("every feed with its health: state, last HTTP status, last error, items, last new item")
    .option("--json", "print as JSON")
    .action(async (options) => (await import("./feeds.js")).feedsVerb(options));
  feeds
    .command("import <file>")
    .description("add the feeds of an OPML file to feeds.json (existing URLs are kept)")
    .action(async (file) => (await import("./feeds-opml.js")).importOpmlVerb(file));
  feeds
    .command("export")
    .description("print the feeds as OPML 2.0 (the feed readers' convention)")
    .option("--opml", "OPML 2.0 output (the default and only format)")
    .action(async () => (await import("./feeds-opml.js")).exportOpmlVerb());
  feeds
    .command("add <url>")
    .description("add a feed at the end of feeds.json (nothing is fetched: tracewire poll fetches it)")
    .option("--id <id>", "stable short id (default: made from the URL's host)")
    .option("--outlet <name>", "outlet shown to readers (default: the URL's host)")
    .option("--interval <minutes>", "minutes between polls (default 10)")
    .option(
      "--language <code>",
      "language of its items, e.g. km (default: each item's own tag, the feed's, or detection)",
    )
    .action(async (url: string, options) => (await import("./feeds-edit.js")).addFeedVerb(url, options));
  feeds
    .command("disable <id>")
    .description('stop polling a feed: sets "enabled": false in feeds.json (its items stay searchable)')
    .action(async (id: string) => (await import("./feeds-edit.js")).setFeedEnabledVerb(id, false));
  feeds
    .command("enable <id>")
    .description("poll a disabled feed again")
    .action(async (id: string) => (await import("./feeds-edit.js")).setFeedEnabledVerb(id, true));
  feeds
    .command("schema")
    .description("print the JSON Schema of feeds.json (what feeds.schema.json holds)")
    .action(async () => (await import("./feeds-opml.js")).schemaVerb());

  const watchlist = program
    .command("watchlist")
    .description(
      "the named compounds, companies, people and armed groups tracewire watches (watchlist.json)",
    );
  watchlist
    .command("schema")
    .description("print the JSON Schema of watchlist.json (what watchlist.schema.json holds)")
    .action(async () => {
      const { watchlistJsonSchema } = await import("../config/watchlist-schema.js");
      process.stdout.write(`${JSON.stringify(watchlistJsonSchema(), null, 2)}\n`);
    });
  watchlist
    .command("list")
    .description("every watched entity: id, name, kind, countries and how many spellings")
    .option("--json", "print the entries as JSON")
    .action(async (options) => (await import("./watchlist.js")).watchlistListVerb(options));
  watchlist
    .command("show <id>")
    .description("one entity: its spellings and sources, the latest stories naming it, items per week")
    .option("--json", "print as JSON")
    .action(async (id: string, options) => (await import("./watchlist.js")).watchlistShowVerb(id, options));
  watchlist
    .command("add <name>")
    .description("watch a name (kept in the store); the archive is re-tagged")
    .option("--id <id>", "stable short id (default: made from the name, e.g. jin-bei)")
    .addOption(new Option("--kind <kind>", "what it is").choices(ENTITY_KINDS).default("company"))
    .option("--country <code...>", "ISO 3166-1 alpha-2 codes of the countries it operates in, e.g. KH")
    .option("--alias <spelling...>", "other spellings, romanisations and scripts, e.g. 金贝")
    .option(
      "--context <word...>",
      "words one of which must stand near the name (for names that mean other things)",
    )
    .action(async (name: string, options) =>
      (await import("./watchlist.js")).watchlistAddVerb(name, options),
    );
  watchlist
    .command("remove <id>")
    .description("stop watching an entity; its tags leave the archive")
    .action(async (id: string) => (await import("./watchlist.js")).watchlistRemoveVerb(id));
  const alias = watchlist.command("alias").description("add or remove one spelling of a watched entity");
  alias
    .command("add <id> <alias>")
    .description("add a spelling; the archive is re-tagged")
    .action(async (id: string, spelling: string) =>
      (await import("./watchlist.js")).watchlistAliasAddVerb(id, spelling),
    );
  alias
    .command("remove <id> <alias>")
    .description("remove a spelling; the archive is re-tagged")
    .action(async (id: string, spelling: string) =>
      (await import("./watchlist.js")).watchlistAliasRemoveVerb(id, spelling),
    );
  watchlist
    .command("retag")
    .description("re-tag every archived item with the watchlist as it is now (entity tags only)")
    .action(async () => (await import("./watchlist.js")).watchlistRetagVerb());

  program
    .command("search <query...>")
    .description("newest-first full-text hits from the archive")
    .option("--limit <n>", "how many hits", "20")
    .option("--json", "print a JSON array of items")
    .option("--relevant", "only items classified as relevant")
    .option("--country <code>", "only items about this country (ISO 3166-1 alpha-2, e.g. KH)")
    .option("--topic <topic>", "only items with this topic (e.g. scam_compounds)")
    .action(async (query: string[], options) =>
      (await import("./search.js")).searchVerb(query.join(" "), options),
    );

  program
    .command("export")
    .description("every stored item, one per row, with its classification")
    .addOption(new Option("--format <format>", FORMAT_HELP).choices(["jsonl", "csv", "md"]).default("jsonl"))
    .option("--since <date>", "only items published on or after this date (YYYY-MM-DD or ISO 8601)")
    .option("--relevant", "only items classified as relevant")
    .option("--country <code>", "only items about this country (ISO 3166-1 alpha-2)")
    .option("--topic <topic>", "only items with this topic")
    .action(async (options) => (await import("./export.js")).exportVerb(options));

  program
    .command("classify")
    .description(
      'classify JSON lines from stdin ({"title","summary","outlet","url"}), one JSON line out per line in',
    )
    .action(async () => (await import("./classify.js")).classifyVerb());

  program
    .command("reclassify")
    .description("re-run the current classifier over archived items classified by an older version")
    .action(async () => (await import("./reclassify.js")).reclassifyVerb());

  program
    .command("prune")
    .description("remove non-relevant items older than --days (default TRACEWIRE_RETENTION_DAYS) days")
    .option("--days <n>", "keep non-relevant items this many days (overrides TRACEWIRE_RETENTION_DAYS)")
    .action(async (options) => (await import("./prune.js")).pruneVerb(options));

  program
    .command("eval")
    .description(
      "precision, recall and F1 of the classifier on every labelled set and by language, beside the keyword baseline",
    )
    .option("--dir <dir>", "folder of labelled .jsonl sets (default: the sets shipped with tracewire)")
    .option("--held-out-misses", "also list the items the held-out sets got wrong (they stop being held out)")
    .action(async (options) => (await import("./eval.js")).evalVerb(options));

  const subscribe = program
    .command("subscribe <target>")
    .description(
      "send matching stories to a channel. TARGET: slack:CHANNEL_ID, slack-webhook:URL, discord:CHANNEL_ID, " +
        "discord-webhook:URL or console",
    )
    .action(async (target: string, options) =>
      (await import("./subscribe.js")).subscribeVerb(target, options),
    );
  for (const option of SUBSCRIPTION_OPTIONS) subscribe.addOption(subscribeFlag(option));

  program
    .command("subscriptions")
    .description("every subscription with its filter, state and last delivery (webhook secrets redacted)")
    .option("--json", "print as JSON")
    .action(async (options) => (await import("./subscribe.js")).subscriptionsVerb(options));

  program
    .command("unsubscribe <id>")
    .description("remove a subscription")
    .action(async (id: string) => (await import("./subscribe.js")).unsubscribeVerb(id));

  // What the channels said through the feedback buttons (issue 20).
  const feedback = program
    .command("feedback")
    .description(
      "precision as the channels see it: feedback clicks by subscription, outlet, topic, language, classifier",
    )
    .option("--since <date>", "only clicks from this date on (2025-06-01 or ISO 8601)")
    .option("--json", "print the figures and every click as JSON")
    .action(async (options) => (await import("./feedback.js")).feedbackVerb(options));
  feedback
    .command("undo <id>")
    .description("remove one feedback click (its id is in tracewire feedback --json)")
    .action(async (id: string) => (await import("./feedback.js")).feedbackUndoVerb(id));
  feedback
    .command("forget <user-id>")
    .description("remove every feedback click by one Slack or Discord user id")
    .action(async (userId: string) => (await import("./feedback.js")).feedbackForgetVerb(userId));
  feedback
    .command("export")
    .description("the clicked stories as labelled JSON lines (provenance feedback) for review")
    .option("--since <date>", "only clicks from this date on")
    .action(async (options) => (await import("./feedback.js")).feedbackExportVerb(options));

  // Managing subscriptions and targets (issue 14).
  const subscription = program
    .command("subscription")
    .description("change or resume a subscription (see tracewire subscriptions for ids)");
  const set = subscription
    .command("set <id>")
    .description(
      "change a subscription's filter, schedule, quiet hours or zone in place (same id, no new backfill); " +
        "only the options given change; none clears a list or the quiet hours",
    )
    .action(async (id: string, options) =>
      (await import("./subscription.js")).subscriptionSetVerb(id, options),
    );
  for (const option of botOptions().filter((o) => o.key !== "mode"))
    set.addOption(new Option(`${option.flag} <${option.placeholder}>`, option.help));
  subscription
    .command("resume <id>")
    .description(
      "after a fix: state ok, and its unsent stories (and those given up on in the last 24 hours) due now",
    )
    .action(async (id: string) => (await import("./subscription.js")).subscriptionResumeVerb(id));
  program
    .command("test <target>")
    .description(
      "post one sample message to a target (same forms as subscribe) and say what is wrong if it cannot",
    )
    .action(async (target: string) => (await import("./test-target.js")).testVerb(target));

  program
    .command("preview <id>")
    .description(
      "what the subscription's next digest would contain, and why each recent item was or was not routed",
    )
    .option("--hours <n>", "recent items of the last N hours", "48")
    .addOption(
      new Option(
        "--as <platform>",
        "show the message as this platform would get it (JSON for slack, discord)",
      )
        .choices(["terminal", "slack", "discord"])
        .default("terminal"),
    )
    .action(async (id: string, options) => (await import("./preview.js")).previewVerb(id, options));

  program
    .command("digest")
    .description("send every digest subscription's pending stories now")
    .option("--now", "send every digest subscription's pending stories now (the default)")
    .option("--subscription <id>", "only this subscription")
    .action(async (options) => (await import("./digest.js")).digestVerb(options));

  program
    .command("briefing")
    .description("send the weekly briefing of every briefing subscription now (text, chart and feed health)")
    .option("--now", "send now (the default)")
    .option("--subscription <id>", "only this subscription")
    .option("--preview <file.png>", "write the chart to this PNG file and print the text; send nothing")
    .action(async (options) => (await import("./briefing.js")).briefingVerb(options));

  program
    .command("migrate")
    .description("apply the store's schema migrations (also done at start-up)")
    .action(async () => (await import("./migrate.js")).migrateVerb());

  const db = program.command("db").description("database tools");
  db.command("copy")
    .description("copy the archive, subscriptions and delivery history from one store to another")
    .requiredOption("--from <url>", "source, e.g. sqlite:./data/tracewire.db")
    .requiredOption("--to <url>", "destination, e.g. postgres://user@host/db")
    .action(async (options) => (await import("./migrate.js")).dbCopyVerb(options));
  db.command("optimize")
    .description("refresh search statistics and compact the search index (after a bulk import)")
    .action(async () => (await import("./migrate.js")).dbOptimizeVerb());

  program
    .command("register-commands")
    .description("register the /tracewire application commands with Discord (bulk overwrite)")
    .option("--guild <id>", "register in one guild (instant; for testing) instead of globally")
    .action(async (options) => (await import("./register-commands.js")).registerCommandsVerb(options));
}
