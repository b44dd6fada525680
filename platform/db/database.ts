/**
 * What the platform needs from PostgreSQL, and nothing more, so that PGlite (embedded, the
 * default) and a real server through node-postgres can stand behind the same calls.
 */
export interface Queryable {
  /** One statement with $1.. parameters. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls onPayload with each NOTIFY on `channel`, whichever platform instance sent it (pushes to
   * open consoles live in the database, not in one instance's memory); resolves to a stop function.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const uniqueViolation = '23505';

/** True when err is a unique violation, of the named constraint when one is given. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, constraint: violated } = err as { code?: unknown; constraint?: unknown };
  return code === uniqueViolation && (constraint === undefined || violated === constraint);
}
