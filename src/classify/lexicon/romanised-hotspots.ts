/**
 * Compound hotspots and the groups behind them under the romanised names the press of every language uses,
 * even in Thai, Chinese or Vietnamese text ("KK园区", "khu KK Park"). Each language pack adds its own script.
 */
export const ROMANISED_HOTSPOTS: ReadonlyArray<readonly [string, string]> = [
  [
    "kk park|shwe kokko|myawaddy|kokang|laukkaing|laukkai|tachileik|mong la|yatai|dongmei|kayin|karen state",
    "MM",
  ],
  ["sihanoukville|preah sihanouk|bavet|poipet|o smach|o'smach|prince group|huione|jinbei", "KH"],
  ["golden triangle sez|golden triangle special economic zone|gtsez|kings romans|bokeo|ton pheung", "LA"],
  ["mae sot", "TH"],
];
