import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FeedbackKind } from "../../src/model/feedback.js";
import { openStore } from "../../src/store/open-store.js";
import { buildClassification, buildItem, buildSubscription } from "../support/build-item.js";
import { runCli } from "../support/run-cli.js";
import { tempSqliteUrl } from "../support/temp-db.js";

let db: ReturnType<typeof tempSqliteUrl>;

/** Three real headlines from two outlets, each alerted to one Slack channel, and clicks on them. */
async function seed(clicks: [itemIndex: number, user: string, kind: FeedbackKind][]): Promise<string[]> {
  const store = await openStore(db.url);
  const items = [buildItem(0), buildItem(1), buildItem(2)];
  const stored = await store.insertItems(items, () =>
    buildClassification({ version: "rules-2", topics: ["scam_compounds"] }),
  );
  await store.addSubscription(
    buildSubscription({ id: "sub_desk0001", target: "slack:C0123ABCDE", mode: "alert" }),
  );
  for (const [index, user, kind] of clicks) {
    const item = stored[index]!;
    await store.toggleFeedback({
      storyId: item.id,
      itemId: item.id,
      subscriptionId: "sub_desk0001",
      channel: "slack:C0123ABCDE",
      platform: "slack",
      userId: user,
      kind,
      classifierVersion: "rules-2",
      createdAt: "2026-11-20T08:00:00.000Z",
    });
  }
  await store.close();
  return stored.map((item) => item.outlet);
}

const cli = (args: string[]) => runCli(args, { env: { DATABASE_URL: db.url } });

beforeEach(() => {
  db = tempSqliteUrl();
});
afterEach(() => db.cleanup());

describe("tracewire feedback", () => {
  it("prints precision by subscription, outlet and classifier version with counts", async () => {
    const outlets = await seed([
      [0, "U1", "useful"],
      [1, "U1", "useful"],
      [2, "U2", "not_relevant"],
    ]);
    const result = await cli(["feedback"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("3 feedback clicks");
    expect(result.stdout).toContain("sub_desk0001: 2 of 3 useful (1 not relevant, 0 wrong country)");
    expect(result.stdout).toContain("rules-2: 2 of 3 useful");
    expect(result.stdout).toContain(`${outlets[2]}: `);
    const json = JSON.parse((await cli(["feedback", "--json", "--since", "2026-11-21"])).stdout) as {
      clicks: number;
    };
    expect(json.clicks).toBe(0);
  });

  it("exports the clicked stories as labelled lines in the test sets' format, provenance feedback", async () => {
    await seed([
      [0, "U1", "useful"],
      [2, "U2", "not_relevant"],
      [2, "U3", "not_relevant"],
    ]);
    const lines = (await cli(["feedback", "export"])).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      title: buildItem(0).title,
      summary: buildItem(0).summary,
      outlet: buildItem(0).outlet,
      url: buildItem(0).url,
      date: buildItem(0).publishedAt.slice(0, 10),
      label: "sea_trafficking",
      provenance: "feedback",
    });
    expect(lines[1].label).toBe("hard_negative");
  });

  it("undo removes one click by id; an unknown id says where to find the ids", async () => {
    await seed([[0, "U1", "wrong_country"]]);
    const [click] = (JSON.parse((await cli(["feedback", "--json"])).stdout) as { feedback: { id: number }[] })
      .feedback;
    const undone = await cli(["feedback", "undo", String(click!.id)]);
    expect(undone.stdout).toContain(`Removed click ${click!.id}: wrong country`);
    const again = await cli(["feedback", "undo", String(click!.id)]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`there is no click ${click!.id}`);
    expect(again.stderr).toContain("tracewire feedback --json");
  });
});
