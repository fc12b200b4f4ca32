/**
 * The `/tracewire` application command for Discord (PLATFORMS.md §2.6): one chat-input command with the
 * subcommands search, latest, status, subscribe, unsubscribe, subscription (set|resume) and help, typed
 * options and choices for topics and the main countries. Also the way back: an interaction's options to the
 * same BotCommand Slack parses from text, so both platforms run one code path.
 */
import { ApplicationCommandOptionType, ApplicationCommandType } from "discord.js";
import { TOPICS } from "../../model/classification.js";
import { ENTITY_KINDS } from "../../model/entity.js";
import { botOptions, discordOptionName } from "../../route/subscription-options.js";
import { type BotCommand, parseCommandText, type SubscribeOptions, USAGE } from "../command-text.js";

/** Countries offered as choices (Southeast Asia first, then the main source and destination countries). */
export const COUNTRY_CHOICES: { name: string; value: string }[] = [
  { name: "Cambodia", value: "KH" },
  { name: "Myanmar", value: "MM" },
  { name: "Laos", value: "LA" },
  { name: "Thailand", value: "TH" },
  { name: "Vietnam", value: "VN" },
  { name: "Philippines", value: "PH" },
  { name: "Malaysia", value: "MY" },
  { name: "Indonesia", value: "ID" },
  { name: "Singapore", value: "SG" },
  { name: "Brunei", value: "BN" },
  { name: "Timor-Leste", value: "TL" },
  { name: "China", value: "CN" },
  { name: "Taiwan", value: "TW" },
  { name: "India", value: "IN" },
  { name: "Sri Lanka", value: "LK" },
  { name: "Kenya", value: "KE" },
  { name: "Uganda", value: "UG" },
  { name: "United States", value: "US" },
];

const TOPIC_CHOICES = TOPICS.map((topic) => ({ name: topic.replace(/_/g, " "), value: topic }));

const STRING = ApplicationCommandOptionType.String;
const SUB = ApplicationCommandOptionType.Subcommand;

/** The subscribe subcommand's options, from the subscription options table (route/subscription-options.ts). */
const SUBSCRIBE_OPTION_SPECS = botOptions().map((option) => ({
  type: STRING,
  name: discordOptionName(option),
  // Discord descriptions read as sentences; the table's help is written for a CLI line.
  description: option.help.charAt(0).toUpperCase() + option.help.slice(1),
  ...(option.choices ? { choices: option.choices.map((choice) => ({ name: choice, value: choice })) } : {}),
  ...(option.maxLength ? { max_length: option.maxLength } : {}),
}));

/** The subscription subcommand's options: what to do, which subscription, then the options set can change. */
const SUBSCRIPTION_OPTION_SPECS = [
  {
    type: STRING,
    name: "action",
    description: "set: change options in place; resume: clear a failing state and retry now",
    required: true,
    choices: [
      { name: "set", value: "set" },
      { name: "resume", value: "resume" },
    ],
  },
  { type: STRING, name: "id", description: "The id /tracewire status shows", required: true, max_length: 64 },
  ...SUBSCRIBE_OPTION_SPECS.filter((spec) => spec.name !== "mode"),
];

/** The watch subcommand's options: what to do, then the entity's name or id and, to add, its spellings. */
const WATCH_OPTION_SPECS = [
  {
    type: STRING,
    name: "action",
    description: "add: watch a name; list: every watched name; remove: stop watching one",
    required: true,
    choices: [
      { name: "add", value: "add" },
      { name: "list", value: "list" },
      { name: "remove", value: "remove" },
    ],
  },
  { type: STRING, name: "name", description: "The name to watch (add), e.g. Jin Bei", max_length: 200 },
  { type: STRING, name: "id", description: "The entity id (remove; optional for add)", max_length: 64 },
  {
    type: STRING,
    name: "alias",
    description: "Other spellings, comma separated, e.g. 金贝,Jinbei",
    max_length: 300,
  },
  {
    type: STRING,
    name: "kind",
    description: "What it is (add; default company)",
    choices: ENTITY_KINDS.map((kind) => ({ name: kind.replace("_", " "), value: kind })),
  },
  {
    type: STRING,
    name: "country",
    description: "Country codes, comma separated, e.g. KH,MM",
    max_length: 100,
  },
  {
    type: STRING,
    name: "context",
    description: "Words one of which must stand near the name, comma separated",
    max_length: 300,
  },
];

/** The bulk-overwrite body for PUT /applications/{id}/commands. */
export const TRACEWIRE_COMMANDS = [
  {
    type: ApplicationCommandType.ChatInput,
    name: "tracewire",
    description: "Trafficking and scam-compound news: search, latest, status and channel subscriptions",
    options: [
      {
        type: SUB,
        name: "search",
        description: "Search the archive",
        options: [
          {
            type: STRING,
            name: "query",
            description: "Words to look for, e.g. scam compound",
            required: true,
            max_length: 200,
          },
        ],
      },
      {
        type: SUB,
        name: "latest",
        description: "The latest relevant stories",
        options: [
          { type: STRING, name: "country", description: "Only this country", choices: COUNTRY_CHOICES },
          { type: STRING, name: "topic", description: "Only this topic", choices: TOPIC_CHOICES },
        ],
      },
      { type: SUB, name: "status", description: "Feed health and this channel's subscriptions" },
      {
        type: SUB,
        name: "subscribe",
        description: "Send digests or alerts to this channel",
        options: SUBSCRIBE_OPTION_SPECS,
      },
      {
        type: SUB,
        name: "unsubscribe",
        description: "Stop a subscription of this channel",
        options: [
          {
            type: STRING,
            name: "id",
            description: "The id /tracewire status shows",
            required: true,
            max_length: 64,
          },
        ],
      },
      {
        type: SUB,
        name: "subscription",
        description: "Change (set) or resume a subscription of this channel",
        options: SUBSCRIPTION_OPTION_SPECS,
      },
      {
        type: SUB,
        name: "watch",
        description: "The watchlist: add a name with its spellings, list, remove",
        options: WATCH_OPTION_SPECS,
      },
      {
        type: SUB,
        name: "entity",
        description: "A watched name: the latest stories naming it and a count per week",
        options: [
          {
            type: STRING,
            name: "id",
            description: "The entity id, e.g. prince-group (/tracewire watch list)",
            required: true,
            max_length: 64,
          },
        ],
      },
      { type: SUB, name: "help", description: "How to use /tracewire" },
    ],
  },
] as const;

/** Option name in Discord → subscribe option. */
const SUBSCRIBE_OPTIONS: Record<string, keyof SubscribeOptions> = Object.fromEntries(
  botOptions().map((option) => [discordOptionName(option), option.key]),
);

/** A `/tracewire <subcommand>` interaction's options as the command both platforms run. */
export function commandFromOptions(subcommand: string, options: Record<string, unknown>): BotCommand {
  const text = (name: string): string | undefined => {
    const value = options[name];
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  switch (subcommand) {
    case "search": {
      const query = text("query");
      return query ? { name: "search", query: query.slice(0, 200) } : parseCommandText("search");
    }
    case "latest": {
      const country = text("country");
      const topic = text("topic");
      if (country && topic) {
        return { name: "usage", problem: "latest takes a country or a topic, not both", usage: USAGE.latest };
      }
      return { name: "latest", argument: country ?? topic };
    }
    case "status":
      return { name: "status" };
    case "subscribe": {
      const subscribe: SubscribeOptions = {};
      for (const [name, key] of Object.entries(SUBSCRIBE_OPTIONS)) {
        const value = text(name);
        if (value !== undefined) subscribe[key] = value;
      }
      return { name: "subscribe", options: subscribe };
    }
    case "unsubscribe": {
      const id = text("id");
      return id ? { name: "unsubscribe", id } : parseCommandText("unsubscribe");
    }
    case "subscription": {
      const id = text("id");
      const action = text("action");
      if (!id || (action !== "set" && action !== "resume")) return parseCommandText("subscription");
      if (action === "resume") return { name: "subscription-resume", id };
      const changes: SubscribeOptions = {};
      for (const [name, key] of Object.entries(SUBSCRIBE_OPTIONS)) {
        const value = text(name);
        if (value !== undefined && key !== "mode") changes[key] = value;
      }
      if (Object.keys(changes).length === 0) return parseCommandText(`subscription set ${id}`);
      return { name: "subscription-set", id, options: changes };
    }
    case "watch": {
      const action = text("action");
      if (action === "list") return { name: "watch-list" };
      if (action === "remove") {
        const id = text("id");
        return id ? { name: "watch-remove", id } : parseCommandText("watch remove");
      }
      const name = text("name");
      if (action !== "add" || !name) return parseCommandText(`watch ${action ?? ""}`);
      const list = (option: string): string[] =>
        (text(option) ?? "").split(",").filter((v) => v.trim() !== "");
      return {
        name: "watch-add",
        input: {
          name,
          id: text("id"),
          kind: text("kind"),
          countries: list("country"),
          aliases: list("alias"),
          context: list("context"),
        },
      };
    }
    case "entity": {
      const id = text("id");
      return id ? { name: "entity", id } : parseCommandText("entity");
    }
    case "help":
      return { name: "help" };
    default:
      return parseCommandText(subcommand);
  }
}
