/**
 * Checks a Slack or Discord message body against ../shared/PLATFORMS.md: every limit, and every way feed
 * text could ping. Takes plain JSON (what a stand-in server decodes, or what a renderer returns) and lists
 * each problem as a path and a rule, so a failing test says exactly which block or embed went wrong.
 */
import { LIMITS } from "../../src/render/limits.js";

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Slack mentions and broadcasts: `<!here>`, `<!channel>`, `<!everyone>`, `<!subteam^…>`, `<@U…>`, `<#C…>`. `<!date^…>` is not one. */
const SLACK_MENTION = /<(?:!(?!date\^)|@|#)/;
/** Bare broadcast words Slack parses where `verbatim` is off (and in `text` with link_names). */
const SLACK_BARE_BROADCAST = /@(?:here|channel|everyone)/i;
/** Discord mentions: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>`. */
const DISCORD_MENTION = /@(?:everyone|here)|<[@#]/i;

/** Every Slack text object in a block, with its path. */
function slackTextObjects(
  block: Record<string, Json>,
  path: string,
): { path: string; obj: Record<string, Json> }[] {
  const out: { path: string; obj: Record<string, Json> }[] = [];
  if (isObject(block.text)) out.push({ path: `${path}.text`, obj: block.text });
  if (Array.isArray(block.fields)) {
    block.fields.forEach((f, i) => {
      if (isObject(f)) out.push({ path: `${path}.fields[${i}]`, obj: f });
    });
  }
  if (Array.isArray(block.elements)) {
    block.elements.forEach((e, i) => {
      if (isObject(e) && typeof e.text === "string") out.push({ path: `${path}.elements[${i}]`, obj: e });
    });
  }
  return out;
}

/** Every way a Slack message breaks a limit in PLATFORMS.md §1.1, as "path: rule" lines. */
export function slackLimitViolations(msg: Json): string[] {
  const L = LIMITS.slack;
  const out: string[] = [];
  if (!isObject(msg)) return ["message: not an object"];
  if (typeof msg.text !== "string" || msg.text.trim() === "") out.push("text: missing fallback text");
  else if (msg.text.length > L.topLevelText) out.push(`text: ${msg.text.length} > ${L.topLevelText}`);
  if (!Array.isArray(msg.blocks)) return [...out, "blocks: not an array"];
  if (msg.blocks.length > L.blocksPerMessage)
    out.push(`blocks: ${msg.blocks.length} > ${L.blocksPerMessage}`);
  let total = 0;
  msg.blocks.forEach((block, i) => {
    const path = `blocks[${i}]`;
    if (!isObject(block)) {
      out.push(`${path}: not an object`);
      return;
    }
    if (typeof block.block_id === "string" && block.block_id.length > L.blockId)
      out.push(`${path}.block_id: too long`);
    if (block.type === "header") {
      if (!isObject(block.text) || block.text.type !== "plain_text")
        out.push(`${path}.text: header needs plain_text`);
    }
    if (block.type === "section" && !block.text && !block.fields)
      out.push(`${path}: section needs text or fields`);
    if (block.type === "section" && Array.isArray(block.fields) && block.fields.length > L.sectionFields) {
      out.push(`${path}.fields: ${block.fields.length} > ${L.sectionFields}`);
    }
    if (block.type === "context") {
      if (!Array.isArray(block.elements) || block.elements.length === 0) out.push(`${path}.elements: empty`);
      else if (block.elements.length > L.contextElements) {
        out.push(`${path}.elements: ${block.elements.length} > ${L.contextElements}`);
      }
    }
    if (block.type === "actions") out.push(...slackActionsViolations(block, path));
    for (const { path: p, obj } of slackTextObjects(block, path)) {
      const text = obj.text;
      if (typeof text !== "string" || text.trim() === "") {
        out.push(`${p}: empty text`);
        continue;
      }
      total += text.length;
      const max =
        block.type === "header"
          ? L.headerText
          : p.includes(".fields[")
            ? L.sectionFieldText
            : block.type === "section"
              ? L.sectionText
              : L.textObject;
      if (text.length > max) out.push(`${p}: ${text.length} > ${max}`);
    }
  });
  if (total > L.totalBlockText) out.push(`blocks: ${total} characters of text > ${L.totalBlockText}`);
  return out;
}

/** An actions block's limits (PLATFORMS.md §4): ≤25 elements; buttons' text ≤75, action_id ≤255 and unique, value ≤2000. */
function slackActionsViolations(block: Record<string, Json>, path: string): string[] {
  const out: string[] = [];
  const elements = Array.isArray(block.elements) ? block.elements : [];
  if (elements.length === 0 || elements.length > 25)
    out.push(`${path}.elements: ${elements.length} not in 1–25`);
  const ids = new Set<string>();
  elements.forEach((e, i) => {
    const p = `${path}.elements[${i}]`;
    if (!isObject(e) || e.type !== "button") {
      out.push(`${p}: not a button`);
      return;
    }
    const text = isObject(e.text) ? e.text : null;
    if (text?.type !== "plain_text" || typeof text.text !== "string" || text.text.length > 75) {
      out.push(`${p}.text: needs plain_text of at most 75 characters`);
    }
    if (typeof e.action_id !== "string" || e.action_id.length > 255)
      out.push(`${p}.action_id: missing or > 255`);
    else if (ids.has(e.action_id)) out.push(`${p}.action_id: repeated in the block`);
    else ids.add(e.action_id);
    if (e.value !== undefined && (typeof e.value !== "string" || e.value.length > 2000)) {
      out.push(`${p}.value: > 2000`);
    }
  });
  return out;
}

/** A message's components (PLATFORMS.md §4): ≤5 action rows of ≤5 buttons; label ≤80; custom_id ≤100 and unique. */
export function discordComponentViolations(components: Json): string[] {
  if (components === undefined) return [];
  if (!Array.isArray(components)) return ["components: not an array"];
  const out: string[] = [];
  if (components.length > 5) out.push(`components: ${components.length} rows > 5`);
  const ids = new Set<string>();
  components.forEach((row, i) => {
    const p = `components[${i}]`;
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      out.push(`${p}: not an action row`);
      return;
    }
    if (row.components.length === 0 || row.components.length > 5)
      out.push(`${p}.components: ${row.components.length} not in 1–5`);
    row.components.forEach((b, j) => {
      const q = `${p}.components[${j}]`;
      if (!isObject(b) || b.type !== 2) {
        out.push(`${q}: not a button`);
        return;
      }
      if (typeof b.label !== "string" || b.label === "" || b.label.length > 80)
        out.push(`${q}.label: empty or > 80`);
      if (b.style === 5) {
        if (typeof b.url !== "string") out.push(`${q}.url: a link button needs a url`);
      } else if (typeof b.custom_id !== "string" || b.custom_id.length === 0 || b.custom_id.length > 100) {
        out.push(`${q}.custom_id: missing or > 100`);
      } else if (ids.has(b.custom_id)) out.push(`${q}.custom_id: repeated in the message`);
      else ids.add(b.custom_id);
    });
  });
  return out;
}

/** Every place a Slack message could notify someone: mention syntax, or a bare broadcast not marked verbatim. */
export function slackPings(msg: Json): string[] {
  const out: string[] = [];
  if (!isObject(msg)) return out;
  if (typeof msg.text === "string") {
    if (SLACK_MENTION.test(msg.text)) out.push("text: mention syntax");
    if (SLACK_BARE_BROADCAST.test(msg.text)) out.push("text: bare broadcast word");
  }
  if (!Array.isArray(msg.blocks)) return out;
  msg.blocks.forEach((block, i) => {
    if (!isObject(block)) return;
    for (const { path, obj } of slackTextObjects(block, `blocks[${i}]`)) {
      const text = typeof obj.text === "string" ? obj.text : "";
      if (SLACK_MENTION.test(text)) out.push(`${path}: mention syntax`);
      if (obj.type === "mrkdwn" && obj.verbatim !== true) out.push(`${path}: mrkdwn without verbatim: true`);
      if (obj.type === "plain_text" && SLACK_BARE_BROADCAST.test(text))
        out.push(`${path}: bare broadcast word`);
    }
  });
  return out;
}

/** Every way a Discord message breaks a limit in PLATFORMS.md §2.1, as "path: rule" lines. */
export function discordLimitViolations(msg: Json): string[] {
  const L = LIMITS.discord;
  const out: string[] = [];
  if (!isObject(msg)) return ["message: not an object"];
  const content = msg.content;
  if (content !== undefined && (typeof content !== "string" || content.length > L.content)) {
    out.push(`content: longer than ${L.content} or not a string`);
  }
  const embeds = Array.isArray(msg.embeds) ? msg.embeds : [];
  if (!content && embeds.length === 0 && msg.components === undefined) {
    out.push("message: neither content nor embeds");
  }
  if (embeds.length > L.embedsPerMessage) out.push(`embeds: ${embeds.length} > ${L.embedsPerMessage}`);
  let total = 0;
  const check = (path: string, v: Json, max: number): void => {
    if (v === undefined) return;
    if (typeof v !== "string" || v.trim() === "") {
      out.push(`${path}: empty or not a string`);
      return;
    }
    if (v.length > max) out.push(`${path}: ${v.length} > ${max}`);
    total += v.length;
  };
  embeds.forEach((e, i) => {
    const p = `embeds[${i}]`;
    if (!isObject(e)) {
      out.push(`${p}: not an object`);
      return;
    }
    check(`${p}.title`, e.title, L.embedTitle);
    check(`${p}.description`, e.description, L.embedDescription);
    if (isObject(e.footer)) check(`${p}.footer.text`, e.footer.text, L.footerText);
    if (isObject(e.author)) check(`${p}.author.name`, e.author.name, L.authorName);
    const fields = Array.isArray(e.fields) ? e.fields : [];
    if (fields.length > L.embedFields) out.push(`${p}.fields: ${fields.length} > ${L.embedFields}`);
    fields.forEach((f, j) => {
      if (!isObject(f)) {
        out.push(`${p}.fields[${j}]: not an object`);
        return;
      }
      check(`${p}.fields[${j}].name`, f.name, L.fieldName);
      check(`${p}.fields[${j}].value`, f.value, L.fieldValue);
    });
    if (e.url !== undefined && (typeof e.url !== "string" || !/^https?:\/\/[^\s]+$/.test(e.url))) {
      out.push(`${p}.url: not an http(s) URL`);
    }
    if (
      e.timestamp !== undefined &&
      (typeof e.timestamp !== "string" || Number.isNaN(Date.parse(e.timestamp)))
    ) {
      out.push(`${p}.timestamp: not ISO 8601`);
    }
    if (
      e.color !== undefined &&
      (!Number.isInteger(e.color) || (e.color as number) < 0 || (e.color as number) > 0xffffff)
    ) {
      out.push(`${p}.color: not a 24-bit integer`);
    }
  });
  if (total > L.totalEmbedChars) out.push(`embeds: ${total} characters > ${L.totalEmbedChars}`);
  out.push(...discordComponentViolations(msg.components));
  return out;
}

/** Every string in a JSON value, with its path. */
function strings(
  v: Json,
  path: string,
  out: { path: string; s: string }[] = [],
): { path: string; s: string }[] {
  if (typeof v === "string") out.push({ path, s: v });
  else if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) strings(x, `${path}[${i}]`, out);
  } else if (isObject(v)) for (const [k, x] of Object.entries(v)) strings(x, path ? `${path}.${k}` : k, out);
  return out;
}

/** Every place a Discord message could ping: allowed_mentions not `{ parse: [] }`, or mention syntax in any text. */
export function discordPings(msg: Json): string[] {
  const out: string[] = [];
  if (!isObject(msg)) return out;
  const am = msg.allowed_mentions;
  const locked =
    isObject(am) &&
    Array.isArray(am.parse) &&
    am.parse.length === 0 &&
    Object.keys(am).every((k) => k === "parse");
  if (!locked) out.push("allowed_mentions: not { parse: [] }");
  for (const { path, s } of strings({ content: msg.content, embeds: msg.embeds }, "")) {
    if (DISCORD_MENTION.test(s)) out.push(`${path}: mention syntax`);
  }
  return out;
}

/** True when a Slack message (has `blocks`) or a Discord message (has `allowed_mentions`/`embeds`) could ping. */
export function containsPing(msg: Json): boolean {
  if (isObject(msg) && "blocks" in msg) return slackPings(msg).length > 0;
  return discordPings(msg).length > 0;
}

/** Throws, listing every problem, when a Slack message breaks a limit or could ping. */
export function assertWithinSlackLimits(msg: Json): void {
  const problems = [...slackLimitViolations(msg), ...slackPings(msg)];
  if (problems.length > 0) throw new Error(`Slack message outside the limits:\n${problems.join("\n")}`);
}

/** Throws, listing every problem, when a Discord message breaks a limit or could ping. */
export function assertWithinDiscordLimits(msg: Json): void {
  const problems = [...discordLimitViolations(msg), ...discordPings(msg)];
  if (problems.length > 0) throw new Error(`Discord message outside the limits:\n${problems.join("\n")}`);
}
