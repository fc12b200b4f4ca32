import type Database from "better-sqlite3";
import { toSqliteStoreError } from "./sqlite-store-error.js";

/** One open SQLite file: its prepared statements (each prepared once) and the error mapping for its failures. */
export class SqliteConnection {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Runs work against the file, turning SQLite failures into StoreErrors that name it. */
  run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(toSqliteStoreError(error, this.file));
    }
  }

  /** A prepared statement, prepared once per SQL text. */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
