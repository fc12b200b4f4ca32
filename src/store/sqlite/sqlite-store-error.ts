import { StoreError } from "../../errors.js";

const CORRUPT = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT"]);
const LOCKED = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY"]);

/**
 * Turns a SQLite failure into a StoreError that names the file and says what state it was left in.
 * Errors that are not about the database file (bugs, constraint violations) are returned unchanged.
 */
export function toSqliteStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (typeof code !== "string") return error;
  if (CORRUPT.has(code)) {
    return new StoreError(
      "STORE_CORRUPT",
      `${file} is not a readable tracewire database (${detail}); nothing was changed`,
      {
        where: file,
        hint: "check that DATABASE_URL names the right file; otherwise move the damaged file aside (or restore a backup) and tracewire will start a new one",
        cause: error,
      },
    );
  }
  if (LOCKED.has(code)) {
    return new StoreError(
      "STORE_LOCKED",
      `${file} stayed locked by another process (${detail}); nothing was written`,
      {
        where: file,
        hint: "another tracewire or sqlite3 shell holds a write lock: wait or stop it and try again; several replicas need Postgres (DATABASE_URL=postgres://…)",
        cause: error,
      },
    );
  }
  if (
    code.startsWith("SQLITE_CANTOPEN") ||
    code.startsWith("SQLITE_READONLY") ||
    code.startsWith("SQLITE_IOERR") ||
    code === "SQLITE_FULL" ||
    code === "SQLITE_PERM" ||
    code === "EACCES" ||
    code === "ENOTDIR" ||
    code === "EEXIST" ||
    code === "ENOENT" ||
    code === "EROFS" ||
    code === "EPERM"
  ) {
    return new StoreError("STORE_UNAVAILABLE", `cannot open or write ${file} (${detail})`, {
      where: file,
      hint: "check that the directory exists, is writable by this user and the disk has space",
      cause: error,
    });
  }
  return error;
}
