import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readLabelledSet, runEvaluation } from "../../src/commands/evaluate.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/headlines");
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tracewire-eval-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("runEvaluation", () => {
  it("prints one row per labelled set and one keyword-baseline row per set", () => {
    const table = runEvaluation(FIXTURES);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(
      /^set\s+n\s+precision\s+recall\s+F1\s+hard-neg FPR\s+SEA acc\s+topic F1\s+country F1$/,
    );
    for (const name of ["headlines-dev", "collected-dev", "collected-holdout-1", "collected-holdout-2"]) {
      expect(lines.some((l) => new RegExp(`^${name}\\s+\\d+\\s+[01]\\.\\d{3}`).test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${name} (keyword)`))).toBe(true);
    }
  });

  it("prints figures computed from a small set", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "tiny.jsonl"),
      [
        JSON.stringify({
          title: "Trafficked workers freed from scam compound in Myawaddy",
          label: "sea_trafficking",
        }),
        JSON.stringify({ title: "Singapore executes man for drug trafficking", label: "hard_negative" }),
      ].join("\n"),
    );
    const table = runEvaluation(dir);
    expect(table).toMatch(/^tiny\s+2\s+1\.000\s+1\.000\s+1\.000\s+0\.000\s+1\.000/m);
    expect(table).toMatch(/^tiny \(keyword\)\s+2\s+0\.000\s+0\.000\s+0\.000\s+1\.000/m);
  });

  it("names the file and line of a bad labelled line", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "bad.jsonl"),
      '{"title": "ok", "label": "negative"}\n{"title": "x", "label": "maybe"}\n',
    );
    expect(() => readLabelledSet(join(dir, "bad.jsonl"))).toThrow(/label/);
    expect(() => runEvaluation(dir)).toThrow(
      expect.objectContaining({ where: `${join(dir, "bad.jsonl")}:2`, code: "USAGE" }),
    );
  });

  it("says so when the directory holds no labelled sets", () => {
    expect(() => runEvaluation(tempDir())).toThrow(/no labelled \.jsonl sets found/);
  });
});

/** Raw lines of a development set (never a held-out one), picked by exact title, to copy into a temp folder. */
function devLines(set: string, titles: readonly string[]): string {
  const lines = readFileSync(join(FIXTURES, `lang/${set}.jsonl`), "utf8").split("\n");
  return titles
    .map((title) => {
      const line = lines.find((l) => l.trim() !== "" && (JSON.parse(l) as { title: string }).title === title);
      if (!line) throw new Error(`no headline ${JSON.stringify(title)} in ${set}.jsonl: update the test`);
      return line;
    })
    .join("\n");
}

/** The rows of one "by language" section, from its title to the blank line after it. */
function section(table: string, title: string): string[] {
  const lines = table.split("\n");
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start + 3, end < 0 ? undefined : end);
}

describe("runEvaluation by language", () => {
  // Real headlines the classifier misses today, one in each file.
  // tests/fixtures/headlines/lang/vi-dev-2.jsonl, https://baomoi.net.vn/giai-cuu-hon-600-cong-dan-bi-lua-tai-campuchia-c43614860.epi
  const VI_MISS = "Giải cứu hơn 600 công dân bị lừa tại Campuchia";
  // tests/fixtures/headlines/lang/th-dev-2.jsonl, https://www.khaosod.co.th/around-thailand/news_9502029
  const TH_MISS =
    "ช่วย 5 นักท่องเที่ยวชาวจีน หลังถูกลวงมาชายแดน หวิดข้ามไปทำงาน แก๊งคอลเซ็นเตอร์ หลังคนขับรถจะพาไปเมืองพัทยาสุดท้ายพามาแม่สอด ตำรวจช่วยเหลือส่งกลับพัทยา";

  function folder(): string {
    const dir = tempDir();
    writeFileSync(
      join(dir, "vi-dev.jsonl"),
      devLines("vi-dev-2", [
        VI_MISS,
        // https://tienphong.vn/myanmar-keu-goi-cac-nuoc-nhan-lai-hang-ngan-nguoi-bi-bat-trong-cac-o-lua-dao-post1804765.tpo
        "Myanmar kêu gọi các nước nhận lại hàng ngàn người bị bắt trong các ổ lừa đảo",
        // https://baomoi.net.vn/hiem-hoa-mat-phanh-khi-xe-do-deo-c54139512.epi (road accident: hard negative)
        "Hiểm họa mất phanh khi xe đổ đèo",
      ]),
    );
    writeFileSync(
      join(dir, "x-holdout.jsonl"),
      devLines("th-dev-2", [
        TH_MISS,
        // https://nakornchiangrainews.com/tag/… (Myanmar ready to send 7,000 call-centre victims back)
        "เมียนมาพร้อมส่งเหยื่อแก๊งคอลเซ็นเตอร์ 7,000 คนกลับไทย",
        // https://www.thainewsonline.co/news/879411 (coach crash: hard negative)
        "รถทัวร์พุ่งชนท้ายรถพ่วง สภาพรถพังยับ นักท่องเที่ยวบาดเจ็บอื้อ",
      ]),
    );
    return dir;
  }

  it("prints a row per language present, over every set and over held-out sets only", () => {
    const table = runEvaluation(folder());
    const every = section(table, "by language, every set:");
    expect(every.map((l) => l.split(/\s+/)[0]).sort()).toEqual(["th", "vi"]);
    // One relevant found, one missed, one hard negative left out: precision 1, recall 0.5.
    expect(every.find((l) => l.startsWith("vi"))).toMatch(/^vi\s+3\s+1\.000\s+0\.500\s+0\.667\s+0\.000\s/);
    expect(every.find((l) => l.startsWith("th"))).toMatch(/^th\s+3\s+1\.000\s+0\.500\s+0\.667\s+0\.000\s/);
    const heldOut = section(table, "by language, held-out sets only:");
    expect(heldOut.map((l) => l.split(/\s+/)[0])).toEqual(["th"]);
  });

  it("lists the misses of development sets but not of held-out sets unless asked", () => {
    const dir = folder();
    const table = runEvaluation(dir);
    expect(table).toContain(`vi-dev: FN ${VI_MISS} — `);
    expect(table).not.toContain(TH_MISS);
    expect(table).toContain("(misses of held-out sets are not listed: --held-out-misses lists them");

    const asked = runEvaluation(dir, undefined, { heldOutMisses: true });
    expect(asked).toContain(`vi-dev: FN ${VI_MISS} — `);
    expect(asked).toContain(`x-holdout: FN ${TH_MISS} — `);
    expect(asked).not.toContain("misses of held-out sets are not listed");
  });

  it("has no held-out section when no set is held out", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "vi-dev.jsonl"), devLines("vi-dev-2", [VI_MISS]));
    const table = runEvaluation(dir);
    expect(section(table, "by language, every set:").map((l) => l.split(/\s+/)[0])).toEqual(["vi"]);
    expect(table).not.toContain("held-out sets only");
    expect(table).not.toContain("misses of held-out sets");
  });
});
