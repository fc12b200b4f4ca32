/** Checks `--follow-ups` as typed: on (the default) or off; a ConfigError naming the flag otherwise. */
import { ConfigError } from "../errors.js";
import { FOLLOW_UPS, optionFlag } from "./subscription-options.js";

/** True for "on" or nothing, false for "off". */
export function parseFollowUps(text: string | undefined): boolean {
  const value = text?.trim().toLowerCase();
  if (!value || value === "on") return true;
  if (value === "off") return false;
  throw new ConfigError(
    `${optionFlag("followUps")}: "${text}" is not ${FOLLOW_UPS.join(" or ")}; write --follow-ups off to send no follow-ups`,
  );
}
