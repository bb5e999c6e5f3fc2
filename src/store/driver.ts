// The dialect seam under the store: a PostgreSQL connection that runs parameterized SQL and
// transactions. PGlite and node-postgres each implement it in a few lines, so sql-store.ts is
// written once (raw SQL keeps the seam this narrow; a query builder would add a dialect adapter).
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Driver extends Queryable {
  readonly kind: "pglite" | "postgres";
  readonly location: string;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}
