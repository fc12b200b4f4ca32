/** The Block Kit subset tracewire sends (SD:reference/block-kit). */
export interface SlackPlainText {
  type: "plain_text";
  text: string;
  emoji: true;
}

/** A mrkdwn object; `verbatim: true` stops Slack auto-parsing `@here`, `#channel` and URLs in it. */
export interface SlackMrkdwn {
  type: "mrkdwn";
  text: string;
  verbatim: true;
}

export type SlackTextObject = SlackPlainText | SlackMrkdwn;

/** A button (SD:reference/block-kit/block-elements/button-element): text ≤75, action_id ≤255, value ≤2000. */
export interface SlackButton {
  type: "button";
  action_id: string;
  text: SlackPlainText;
  value: string;
  style?: "primary" | "danger";
}

export type SlackBlock =
  | { type: "header"; text: SlackPlainText }
  | { type: "section"; text: SlackMrkdwn }
  | { type: "context"; elements: SlackTextObject[]; block_id?: string }
  | { type: "actions"; block_id: string; elements: SlackButton[] }
  | { type: "divider" };

/** A chat.postMessage / incoming-webhook / response_url body: blocks plus the plain `text` fallback. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A mrkdwn object holding already-escaped text. */
export function mrkdwn(text: string): SlackMrkdwn {
  return { type: "mrkdwn", text, verbatim: true };
}

/** A plain_text object holding already-neutralised text. */
export function plainText(text: string): SlackPlainText {
  return { type: "plain_text", text, emoji: true };
}

/** Characters of text a block carries, as counted against the per-message total. */
export function slackBlockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case "actions":
      return block.elements.reduce((n, e) => n + e.text.text.length, 0);
    case "divider":
      return 0;
  }
}
