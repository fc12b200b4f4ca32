import { StoreError, TracewireError } from "../../errors.js";

const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "57P01", // admin_shutdown: the server is restarting
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300", // too_many_connections
  "40P01", // deadlock_detected: the transaction was rolled back
  "40001", // serialization_failure: the transaction was rolled back
]);

/** True when trying again may succeed: the connection dropped or the server rolled the transaction back. */
export function isTransientPgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : "";
  return /connection terminated|connection error|timeout exceeded when trying to connect|Connection refused/i.test(
    message,
  );
}

/** Where a Postgres URL points, without user or password: "host:port/database". */
export function describePgServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "the Postgres server in DATABASE_URL";
  }
}

/** A pg failure as StoreError STORE_UNAVAILABLE naming the server (never the password); our own errors pass. */
export function toPgStoreError(error: unknown, url: string): TracewireError {
  if (error instanceof TracewireError) return error;
  const server = describePgServer(url);
  let detail = error instanceof Error ? error.message : String(error);
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) detail = detail.split(password).join("«redacted»");
  } catch {
    // an unparsable URL has no password to hide
  }
  const code = (error as { code?: unknown } | null)?.code;
  return new StoreError(
    "STORE_UNAVAILABLE",
    `Postgres at ${server} failed${typeof code === "string" ? ` (${code})` : ""}: ${detail}`,
    {
      where: server,
      hint: isTransientPgError(error)
        ? "check that Postgres is running and reachable from here; nothing half-written was kept"
        : "check DATABASE_URL (host, database, user) and that the user may create tables",
      cause: error,
    },
  );
}
