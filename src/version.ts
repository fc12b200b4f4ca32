/** tracewire's version (kept equal to package.json's by a test). */
export const VERSION = "0.1.0";

/** The User-Agent tracewire sends when it fetches feeds. */
export const USER_AGENT = `tracewire/${VERSION} (+https://github.com/tracewire/tracewire)`;
