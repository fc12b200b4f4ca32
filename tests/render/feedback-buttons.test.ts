import { describe, expect, it } from "vitest";
import { renderAlertFor, renderDigestFor } from "../../src/deliver/render-for-target.js";
import { parseTarget } from "../../src/deliver/target.js";
import { parseFeedbackRef } from "../../src/model/feedback.js";
import { assertWithinDiscordLimits, assertWithinSlackLimits } from "../support/platform-limits.js";
import { buildDigest } from "./build-digest.js";

const now = new Date("2026-11-25T08:00:00Z");
const feedback = { subscriptionId: "sub_1a2b3c4d" };
const context = { now, timeZone: "UTC", color: false, feedback, publicUrl: "https://tracewire.example.org" };
const target = (raw: string) => parseTarget(raw, { allowPrivateHosts: false });

interface Button {
  action_id?: string;
  custom_id?: string;
  value?: string;
  label?: string;
  text?: { text: string };
}

function slackButtons(message: { blocks: readonly unknown[] }): Button[] {
  return (message.blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? []);
}

function discordButtons(message: { components?: readonly unknown[] | undefined }): Button[] {
  return ((message.components ?? []) as { components: Button[] }[]).flatMap((row) => row.components);
}

describe("feedback buttons on what tracewire posts", () => {
  const story = buildDigest(1).stories[0]!;

  it("an alert on a Slack channel carries Not relevant, Wrong country and Useful for its story and subscription", () => {
    const { slack } = renderAlertFor(target("slack:C0123ABCDE"), story, context);
    assertWithinSlackLimits(slack);
    const buttons = slackButtons(slack!);
    expect(buttons.map((b) => [b.action_id, b.text?.text])).toEqual([
      ["tracewire_feedback_not_relevant", "Not relevant"],
      ["tracewire_feedback_wrong_country", "Wrong country"],
      ["tracewire_feedback_useful", "Useful"],
    ]);
    expect(parseFeedbackRef(buttons[0]!.value!)).toEqual({
      subscriptionId: "sub_1a2b3c4d",
      storyId: story.id,
    });
  });

  it("an alert on a Discord channel carries one row of three buttons whose custom_id names the story", () => {
    const { discord } = renderAlertFor(target("discord:1200000000000000001"), story, context);
    assertWithinDiscordLimits(discord);
    const buttons = discordButtons(discord!);
    expect(buttons.map((b) => b.label)).toEqual(["Not relevant", "Wrong country", "Useful"]);
    expect(buttons[0]!.custom_id).toBe(`twfb:not_relevant:sub_1a2b3c4d.${story.id}`);
  });

  it("every story of a long Slack digest has its own buttons, every message within Slack's limits", () => {
    const digest = buildDigest(60);
    const messages = renderDigestFor(target("slack:C0123ABCDE"), digest, context);
    for (const m of messages) assertWithinSlackLimits(m.slack);
    const refs = messages.flatMap((m) =>
      slackButtons(m.slack!).map((b) => parseFeedbackRef(b.value!)?.storyId),
    );
    expect(new Set(refs)).toEqual(new Set(digest.stories.map((s) => s.id)));
  });

  it("a Discord digest carries at most five stories a message, each with its numbered row", () => {
    const digest = buildDigest(12);
    const messages = renderDigestFor(target("discord:1200000000000000001"), digest, context);
    for (const m of messages) {
      assertWithinDiscordLimits(m.discord);
      expect(m.discord!.embeds.length).toBe(m.discord!.components?.length);
      expect(m.discord!.embeds.length).toBeLessThanOrEqual(5);
    }
    const ids = messages.flatMap((m) => discordButtons(m.discord!).map((b) => b.custom_id));
    expect(ids).toHaveLength(36);
    expect(discordButtons(messages[0]!.discord!)[3]!.label).toBe("#2 Not relevant");
  });

  it("webhook targets, which cannot receive clicks, link the story's page instead", () => {
    const slack = renderAlertFor(
      target("slack-webhook:https://hooks.slack.com/services/T0/B0/x"),
      story,
      context,
    );
    assertWithinSlackLimits(slack.slack);
    expect(slackButtons(slack.slack!)).toEqual([]);
    // Once: the story's own link to its page, not a second one for feedback.
    expect(
      JSON.stringify(slack.slack).split(`https://tracewire.example.org/stories/${story.id}`),
    ).toHaveLength(2);
    const discord = renderAlertFor(
      target("discord-webhook:https://discord.com/api/webhooks/123456789012345678/tok"),
      story,
      context,
    );
    assertWithinDiscordLimits(discord.discord);
    expect(discord.discord!.components).toBeUndefined();
    expect(
      JSON.stringify(discord.discord).split(`https://tracewire.example.org/stories/${story.id}`),
    ).toHaveLength(2);
  });

  it("webhook targets carry nothing extra when TRACEWIRE_PUBLIC_URL is not set", () => {
    const { publicUrl: _unset, ...plain } = context;
    const slack = renderAlertFor(
      target("slack-webhook:https://hooks.slack.com/services/T0/B0/x"),
      story,
      plain,
    );
    expect(JSON.stringify(slack.slack)).not.toContain("/stories/");
  });
});
