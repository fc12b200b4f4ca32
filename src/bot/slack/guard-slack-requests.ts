/**
 * The door of `POST /slack/events`, in front of Bolt's HTTPReceiver (whose own check is switched off, as it
 * takes no clock and accepts timestamps from the future): reads the body (capped), checks the v0 signature
 * and the replay window (checkRequestTime), asks `rememberSignature` when given, and refuses with 401 and a
 * reason, running nothing. The app has slash commands and feedback buttons only (slack-app-manifest.yml), so
 * anything but a form with exactly one `command` field or one block_actions `payload` of tracewire's buttons
 * gets 400 at once rather than Bolt's 404 after 3 s. Only then is the
 * request handed to Bolt, with the body already read (Bolt reuses `req.rawBody`).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../log.js";
import { SLACK_FEEDBACK_ACTION } from "../../render/feedback-buttons.js";
import { checkRequestTime, type RememberSignature } from "../check-request-time.js";
import { MAX_REQUEST_BODY, readRequestBody } from "../read-request-body.js";

export interface SlackGuardOptions {
  /** SLACK_SIGNING_SECRET. */
  signingSecret: string;
  now: () => Date;
  rememberSignature?: RememberSignature | undefined;
  logger: Logger;
  /**
   * Told of each slash command let through: its trigger_id and when its request arrived (performance.now()), so
   * the listener can count Slack's 3-second budget from the arrival rather than from when it gets to run.
   */
  arrived?: ((triggerId: string, atMs: number) => void) | undefined;
}

/** Bolt's request listener behind the signature, replay-window and form checks. */
export function guardSlackRequests(bolt: RequestListener, options: SlackGuardOptions): RequestListener {
  return (req, res) => {
    void guard(bolt, options, req, res).catch((error: unknown) => {
      options.logger.warn({ platform: "slack", err: error }, "slack request could not be read");
      if (!res.headersSent) refuse(res, 400, "the request body could not be read");
    });
  };
}

async function guard(
  bolt: RequestListener,
  options: SlackGuardOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const arrivedAt = performance.now();
  const raw = await readRequestBody(req);
  if (raw === null) return refuse(res, 413, `the request body is larger than ${MAX_REQUEST_BODY} bytes`);
  const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
  const form = isForm ? new URLSearchParams(raw.toString("utf8")) : null;
  if (form?.get("ssl_check") === "1") {
    // Slack's certificate check is unsigned (api.slack.com/interactivity/slash-commands); pass nothing else on.
    return handOn(bolt, req, res, Buffer.from("ssl_check=1"));
  }
  const refused = verifySlackSignature(options.signingSecret, req, raw, options.now());
  if (refused !== null) {
    options.logger.warn({ platform: "slack" }, `slack request refused: ${refused}`);
    return refuse(res, 401, refused);
  }
  const signature = single(req, "x-slack-signature") ?? "";
  if (options.rememberSignature && !(await options.rememberSignature(signature, "slack"))) {
    options.logger.warn({ platform: "slack" }, "slack request refused: replay of a request already answered");
    return refuse(res, 401, "this signed request was already answered (a replay)");
  }
  const problem = notOneSlashCommand(form);
  if (problem !== null) return refuse(res, 400, problem);
  const triggerId = form?.get("trigger_id");
  if (triggerId) options.arrived?.(triggerId, arrivedAt);
  // Bolt reads a body as a form only under this exact content type (a charset parameter would make it JSON).
  req.headers["content-type"] = "application/x-www-form-urlencoded";
  return handOn(bolt, req, res, raw);
}

/** Null when the request carries a valid v0 signature of its body within the replay window, else why not. */
export function verifySlackSignature(
  signingSecret: string,
  req: Pick<IncomingMessage, "headers">,
  raw: Buffer,
  now: Date,
): string | null {
  const timestamp = single(req, "x-slack-request-timestamp");
  const late = checkRequestTime("X-Slack-Request-Timestamp", timestamp, now);
  if (late !== null) return late;
  const signature = single(req, "x-slack-signature");
  if (signature === undefined || !/^v0=[0-9a-f]{64}$/.test(signature)) {
    return "X-Slack-Signature is missing or not a v0 signature";
  }
  const expected = createHmac("sha256", signingSecret).update(`v0:${timestamp}:`).update(raw).digest();
  if (!timingSafeEqual(Buffer.from(signature.slice(3), "hex"), expected)) {
    return "X-Slack-Signature does not match the body (is SLACK_SIGNING_SECRET the app's signing secret?)";
  }
  return null;
}

/**
 * Null when the body is one `/tracewire` slash-command form, or one click on a feedback button (a form with
 * a single `payload` of type block_actions whose actions are all tracewire's buttons). Anything else Bolt
 * would read as an interaction this app has none of.
 */
function notOneSlashCommand(form: URLSearchParams | null): string | null {
  if (form === null) return "tracewire takes slash commands and button clicks only: expected a form body";
  if (form.has("payload") && !form.has("command")) return notOneFeedbackClick(form.getAll("payload"));
  const commands = form.getAll("command");
  if (commands.length !== 1 || form.has("payload")) {
    return `tracewire takes one slash command per request, got ${commands.length} command fields${form.has("payload") ? " and a payload" : ""}`;
  }
  if (commands[0] !== "/tracewire") {
    return `tracewire answers /tracewire only, got ${JSON.stringify(commands[0]?.slice(0, 40))}`;
  }
  return null;
}

/** Null when `payloads` is one block_actions payload of tracewire's feedback buttons, else why not. */
function notOneFeedbackClick(payloads: string[]): string | null {
  if (payloads.length !== 1)
    return `tracewire takes one interaction per request, got ${payloads.length} payloads`;
  let payload: { type?: unknown; actions?: { action_id?: unknown }[] } | null;
  try {
    payload = JSON.parse(payloads[0]!) as typeof payload;
  } catch {
    return "the interaction payload is not JSON";
  }
  if (payload?.type !== "block_actions") {
    return `tracewire answers button clicks only (block_actions), got ${JSON.stringify(String(payload?.type).slice(0, 40))}`;
  }
  const actions = Array.isArray(payload.actions) ? payload.actions : [];
  const ours = actions.every(
    (a) => typeof a?.action_id === "string" && a.action_id.startsWith(SLACK_FEEDBACK_ACTION),
  );
  if (actions.length === 0 || !ours) return "tracewire answers its own feedback buttons only";
  return null;
}

function handOn(bolt: RequestListener, req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  bolt(req, res);
}

function single(req: Pick<IncomingMessage, "headers">, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(`${reason}\n`);
}
