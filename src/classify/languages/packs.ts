/** The language packs tracewire ships, compiled on first use. */
import type { Language } from "../../model/language.js";
import { type CompiledPack, compilePack } from "./compile-pack.js";
import { ID } from "./id.js";
import { JA } from "./ja.js";
import { KM } from "./km.js";
import { KO } from "./ko.js";
import type { LanguagePack } from "./language-pack.js";
import { LO } from "./lo.js";
import { MS } from "./ms.js";
import { MY } from "./my.js";
import { TH } from "./th.js";
import { TL } from "./tl.js";
import { VI } from "./vi.js";
import { ZH } from "./zh.js";

const PACKS: Readonly<Record<Exclude<Language, "en">, LanguagePack>> = {
  vi: VI,
  th: TH,
  zh: ZH,
  km: KM,
  my: MY,
  id: ID,
  ms: MS,
  tl: TL,
  lo: LO,
  ko: KO,
  ja: JA,
};

const compiled = new Map<string, CompiledPack>();

/** The compiled pack for a language code, or null when tracewire has none (English has its own reader). */
export function packFor(language: string): CompiledPack | null {
  const pack = (PACKS as Readonly<Record<string, LanguagePack | undefined>>)[language];
  if (!pack) return null;
  let ready = compiled.get(language);
  if (!ready) {
    ready = compilePack(pack);
    compiled.set(language, ready);
  }
  return ready;
}
