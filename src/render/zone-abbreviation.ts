/**
 * A readable abbreviation for a time zone at an instant ("ICT" for Asia/Bangkok, "CEST" for Europe/Berlin in
 * summer). ICU's short names for most of Asia are offsets ("GMT+7"), which a newsroom in Phnom Penh does not
 * say, so the region's zones come from a table first; everything else falls back to ICU (en-US, then en-GB,
 * which knows the European names).
 */

/**
 * Zones that do not observe daylight saving time, so one abbreviation holds all year. Sources: Wikipedia,
 * "List of time zone abbreviations" (https://en.wikipedia.org/wiki/List_of_time_zone_abbreviations), and the
 * tz database's `asia` file (https://data.iana.org/time-zones/tzdb/asia): it still spells WIB/WITA/WIT, JST,
 * KST, CST (China), HKT, IST, PKT; ICT, MMT, SGT, MYT and NPT were its abbreviations until release 2017a
 * replaced invented ones with numeric offsets (tzdb NEWS, 2017a). The Philippines is "PHT" here, not the
 * tz database's "PST", which readers would take for US Pacific time. Aliases are listed because ICU reports
 * the old names (Asia/Saigon, Asia/Rangoon, Asia/Calcutta, Asia/Katmandu) as canonical.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "Asia/Bangkok": "ICT",
  "Asia/Phnom_Penh": "ICT",
  "Asia/Vientiane": "ICT",
  "Asia/Ho_Chi_Minh": "ICT",
  "Asia/Saigon": "ICT",
  "Asia/Yangon": "MMT",
  "Asia/Rangoon": "MMT",
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
  "Asia/Manila": "PHT",
  "Asia/Singapore": "SGT",
  "Asia/Kuala_Lumpur": "MYT",
  "Asia/Kuching": "MYT",
  "Asia/Brunei": "BNT",
  "Asia/Dili": "TLT",
  "Asia/Shanghai": "CST",
  "Asia/Chongqing": "CST",
  "Asia/Macau": "CST",
  "Asia/Taipei": "CST",
  "Asia/Hong_Kong": "HKT",
  "Asia/Seoul": "KST",
  "Asia/Tokyo": "JST",
  "Asia/Kolkata": "IST",
  "Asia/Calcutta": "IST",
  "Asia/Kathmandu": "NPT",
  "Asia/Katmandu": "NPT",
  "Asia/Karachi": "PKT",
  UTC: "UTC",
  "Etc/UTC": "UTC",
  "Etc/UCT": "UTC",
  "Etc/Universal": "UTC",
  "Etc/Zulu": "UTC",
};

const icuNames = new Map<string, Intl.DateTimeFormat>();

function icuShortName(instant: Date, timeZone: string, locale: string): string {
  const key = `${locale} ${timeZone}`;
  let formatter = icuNames.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" });
    icuNames.set(key, formatter);
  }
  return formatter.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** "ICT", "WIB", "UTC", "CEST", "EDT", or ICU's "GMT+5" for a zone with no common name. */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const known = ABBREVIATIONS[timeZone];
  if (known) return known;
  const american = icuShortName(instant, timeZone, "en-US");
  if (!/^GMT[+-]/.test(american)) return american;
  const british = icuShortName(instant, timeZone, "en-GB");
  return /^GMT[+-]/.test(british) ? american : british;
}
