import { describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";

describe("English compound stories told without a trafficking or scam word", () => {
  it.each([
    ["23 Ugandans repatriated from Myanmar", ""],
    ["Missing Chinese actor rescued near Thai-Myanmar border", ""],
    ["Alleged Japanese crime group in Cambodia to be sent home", ""],
    ["Thailand receives 260 people freed from Myawaddy", ""],
    [
      "Golden Triangle raid sees hundreds arrested in Laos",
      "Lao and Chinese authorities have detained 771 individuals in a crackdown on illegal activities within the Golden Triangle Special Economic Zone (GTSEZ).",
    ],
    ["Cambodia makes 1,000 arrests in latest crackdown on cybercrime", ""],
    [
      "U.S. Treasury Moves to Cut Off Cambodian Firm Huione Group Over Billions in Laundered Criminal Funds",
      "",
    ],
    ["Laos police detain 300 in raid on casino zone", ""],
    ["Police raid compound in Sihanoukville, rescue 200 foreigners", ""],
  ])("marks it relevant: %s", (title, summary) => {
    expect(classifyItem({ title, summary, language: "en" }).relevant).toBe(true);
  });

  it("quotes the words that set the scene in the reason", () => {
    const c = classifyItem({ title: "23 Ugandans repatriated from Myanmar", language: "en" });
    expect(c.reasons[0]).toMatch(/^'ugandans … repatriated … myanmar' near '.+' → relevant, UG MM$/);
  });

  it("does not let a coup in the lead's background undo a repatriation in the title", () => {
    const c = classifyItem({
      title: "23 Ugandans repatriated from Myanmar",
      summary:
        "Myanmar, in turmoil since the military seized power in a 2021 coup, has become a hub for criminal gangs that lure foreigners with promises of jobs in Thailand before taking them across the border.",
      language: "en",
    });
    expect(c.relevant).toBe(true);
  });

  it.each([
    ["Karen rebels seize Myawaddy as junta troops retreat and thousands flee", "war"],
    ["Myanmar quake: Chinese rescuers pull survivors from rubble in Mandalay", "disaster"],
    ["Myanmar repatriates Rohingya refugees from Bangladesh", "refugees"],
    ["Myanmar frees Japanese journalist in prisoner amnesty", "prisoners"],
    ["US envoy secures release of detained American in Myanmar", "custody"],
    ["British backpacker missing in Laos found safe", "tourists"],
    ["Chinese tourists rescued after boat capsizes off Cambodia coast", "the sea"],
    ["Thai soldiers kill drug smugglers near Tachileik", "drugs"],
    ["Malaysia repatriates 100 Myanmar migrants", "a nationality, not a place"],
    ["Sihanoukville casino resort opens under new Chinese owner", "a casino alone"],
    ["US embassy compound in Phnom Penh closed after bomb threat", "another compound"],
  ])("keeps a look-alike with the same words not relevant: %s (%s)", (title) => {
    expect(classifyItem({ title, language: "en" }).relevant).toBe(false);
  });
});

describe("English trafficking wordings without the word trafficking", () => {
  it.each([
    "Vietnamese woman sold to Chinese farmer battles her way home",
    "Police rescue 30 women from brothel in Malaysia",
    "Baby selling ring busted in Malaysia",
    "Indians trapped in Cambodia cyber fraud racket rescued",
    "Dozens of Indonesians promised jobs in Thailand end up in Myawaddy",
  ])("marks it relevant: %s", (title) => {
    expect(classifyItem({ title, language: "en" }).relevant).toBe(true);
  });

  it("does not take goods sold to a buyer for a person sold", () => {
    expect(classifyItem({ title: "Women's clothing brand sold to Thai conglomerate" }).relevant).toBe(false);
  });

  it("treats a Malaysian 'Macau scam' as a local scam", () => {
    expect(
      classifyItem({ title: "Malaysian police bust Macau scam syndicate in Johor", language: "en" }).relevant,
    ).toBe(false);
  });
});
