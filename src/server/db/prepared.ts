import type { Db } from './connection.ts';

/**
 * Prepared statements, built once per database on first use: `const q = preparedFor((db) =>
 * db.select()….prepare('name'))`, then `q(db).execute({…})`. Drizzle then neither rebuilds
 * the SQL text nor PostgreSQL re-plans it on every request (the name is prepared once per
 * connection).
 */
export function preparedFor<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statements = built.get(db);
    if (!statements) {
      statements = build(db);
      built.set(db, statements);
    }
    return statements;
  };
}
