import { describe, expect, it } from "vitest";
import { CLASSIFIER_VERSION, classifyItem } from "../../src/classify/classify-item.js";

describe("classifyItem relevance", () => {
  it.each([
    ["Myanmar junta says it seized 30 Starlink receivers in scam center raid", ""],
    ["Thai gangs traffic Kenyans to Myanmar scam factories", ""],
    ["Hundreds of thousands trafficked to work as online scammers in SE Asia", ""],
    ["47 Indians rescued from cyber scam centres in Laos", ""],
    ["Andrew Tate indicted in Romania for human trafficking", ""],
    ["Eight Sri Lankans rescued from Myanmar cyber slave camps repatriated", ""],
  ])(
    "marks a real trafficking or scam-compound headline relevant from its title alone: %s",
    (title, summary) => {
      expect(classifyItem({ title, summary }).relevant).toBe(true);
    },
  );

  it.each([
    ["Singapore executes third prisoner in 2 weeks for drug trafficking", "drug trafficking"],
    [
      "First ivory, now pangolin scales: Vietnam remains wildlife trafficking hotspot",
      "wildlife trafficking",
    ],
    ["Japan sees heavy New Year holiday traffic after COVID-19 downgrade", "holiday traffic"],
    ["Gatwick flight chaos after UK air traffic control computers fail", "air traffic control"],
  ])("says a look-alike is not relevant and names the look-alike: %s", (title, phrase) => {
    const c = classifyItem({ title });
    expect(c.relevant).toBe(false);
    expect(c.reasons[0]).toContain(`'${phrase}'`);
    expect(c.reasons[0]).toContain("not relevant");
  });

  it("does not count the bare word trafficking when the story is about animals", () => {
    const c = classifyItem({
      title: "Thailand's missing monkeys: why did hundreds of rhesus macaques vanish from a temple?",
      summary:
        "Police in Loei trying to determine if the animals migrated or were taken as part of a trafficking operation",
    });
    expect(c.relevant).toBe(false);
    expect(c.reasons[0]).toContain("drugs, wildlife, arms or antiquities context");
  });

  it("treats a local phishing scam in Singapore as not relevant", () => {
    const c = classifyItem({
      title: "Singapore police warn S$622,000 lost to phishing scams since November, 223 cases reported",
    });
    expect(c.relevant).toBe(false);
  });

  it("treats a disaster rescue as not relevant even with 'trapped' and 'rescued'", () => {
    const c = classifyItem({
      title: "Flood victims rescued by helicopter in Malaysia",
      summary: "The locals were trapped for several hours in a heavily-flooded settlement after heavy rain.",
    });
    expect(c.relevant).toBe(false);
  });

  it("explains a relevant verdict with the cue, the nearby place and the country", () => {
    const c = classifyItem({
      title: "Trafficked teens tell of torture at scam compound in Myawaddy",
    });
    expect(c.relevant).toBe(true);
    expect(c.reasons[0]).toMatch(/^'.+' \+ '.+' near 'myawaddy' → relevant, MM/);
  });

  it("uses the summary when the title alone says nothing", () => {
    const c = classifyItem({
      title: "Thousands who have been freed are now stuck in camps",
      summary: "Former workers and victims of scam centres are now stuck in makeshift camps",
    });
    expect(c.relevant).toBe(true);
  });
});

describe("classifyItem places and Southeast Asia", () => {
  it.each([
    ["Rescued from KK Park near Shwe Kokko", ["MM"]],
    ["Raids in Sihanoukville and Preah Sihanouk province", ["KH"]],
    ["Arrests in the Golden Triangle Special Economic Zone in Bokeo", ["LA"]],
    ["Kenyans, Ugandans and Ethiopians freed", ["KE", "UG", "ET"]],
    ["Seoul and Taipei warn of jobs in Phnom Penh", ["KR", "TW", "KH"]],
    ["US and UK impose sanctions", ["US", "GB"]],
  ])("maps hotspots, demonyms and capitals to ISO codes: %s", (title, codes) => {
    expect(classifyItem({ title }).countries).toEqual(codes);
  });

  it("does not read the pronoun 'us' or 'US dollars' as the United States", () => {
    expect(classifyItem({ title: "Tell us what you think" }).countries).toEqual([]);
    expect(classifyItem({ title: "Scam centres earn billions of US dollars" }).countries).toEqual([]);
  });

  it("keeps a relevant story from elsewhere relevant but outside Southeast Asia", () => {
    const c = classifyItem({ title: "Fed: 12 indicted in Southeast sex trafficking case" });
    expect(c.relevant).toBe(true);
    expect(c.sea).toBe(false);
  });

  it("places victims from elsewhere held in compounds in Southeast Asia", () => {
    const c = classifyItem({ title: "Kenyans rescued from scam compound in Myanmar" });
    expect(c.sea).toBe(true);
    expect(c.countries).toEqual(["KE", "MM"]);
  });
});

describe("classifyItem topics and urgency", () => {
  it("tags topics from cue phrases, in vocabulary order", () => {
    const c = classifyItem({
      title: "Police raid scam compound, rescue trafficked workers lured by fake job ads",
    });
    expect(c.topics).toEqual([
      "scam_compounds",
      "recruitment_fake_jobs",
      "rescue_repatriation",
      "law_enforcement",
    ]);
  });

  it("keeps only the drug topic on an item that is not relevant", () => {
    const c = classifyItem({ title: "Thai police seize 1.1 tonnes of crystal meth in just one week" });
    expect(c.topics).toEqual(["drug_trafficking"]);
  });

  it.each([
    ["39 foreigners flee Myanmar scam hub", "breaking"],
    ["Why Southeast Asia's scam centres keep growing", "background"],
    ["Can China woo the Philippines away from the US?", "background"],
    ["Cambodia plays a key role in the online scam industry", "normal"],
    ["How 23 Ugandans trapped in Myanmar were repatriated", "background"],
  ])("rates urgency: %s → %s", (title, urgency) => {
    expect(classifyItem({ title }).urgency).toBe(urgency);
  });
});

describe("classifyItem input handling", () => {
  it("says which language it does not read for a Latin-script item in none of its languages", () => {
    const c = classifyItem({ title: "ONU estudia medidas en aeronáutica para detectar trata humana" });
    expect(c.relevant).toBe(false);
    expect(c.reasons[0]).toMatch(/^language '[a-z]{2,3}' not supported → not relevant$/);
  });

  it("says so for an item declared in a language it does not read", () => {
    const c = classifyItem({
      title: "ONU estudia medidas en aeronáutica para detectar trata humana",
      language: "es-ES",
    });
    expect(c.reasons[0]).toBe("language 'es' not supported → not relevant");
  });

  it("reads Burmese text with the Burmese lexicon instead of calling it unsupported", () => {
    const c = classifyItem({ title: "ကမ္ဘာ့ကုလသမဂ္ဂက လူကုန်ကူးမှု အစီရင်ခံစာ ထုတ်ပြန်" });
    expect(c.relevant).toBe(true);
    expect(c.reasons[0]).toBe("'လူကုန်ကူးမှု' (human trafficking) → relevant");
  });

  it("still marks a non-English-tagged item relevant when its English cues match", () => {
    const c = classifyItem({ title: "Scam compound raid frees trafficked workers", language: "th" });
    expect(c.relevant).toBe(true);
  });

  it("stamps every verdict with the classifier version and a score between 0 and 1", () => {
    const c = classifyItem({ title: "Scam compound raided" });
    expect(c.version).toBe(CLASSIFIER_VERSION);
    expect(c.score).toBeGreaterThan(0.5);
    expect(classifyItem({ title: "How will Pele be remembered?" }).score).toBe(0);
  });

  it("copes with missing or non-string fields", () => {
    const input = { title: "Scam centre", summary: 42, outlet: null } as unknown as { title: string };
    expect(() => classifyItem(input)).not.toThrow();
    expect(classifyItem({ title: "" }).relevant).toBe(false);
  });
});
