import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrations/index.js';

export type Backend = 'sqlite' | 'postgres';

export interface StoreConnection {
  db: Kysely<Database>;
  backend: Backend;
  close(): Promise<void>;
}

export type StoreLocation = { backend: 'sqlite'; file: string } | { backend: 'postgres'; url: string };

/** Where the store lives: PostgreSQL when a URL is given, otherwise SQLite in the data directory. */
export function storeLocation(config: { databaseUrl: string | undefined; dataDir: string }): StoreLocation {
  return config.databaseUrl
    ? { backend: 'postgres', url: config.databaseUrl }
    : { backend: 'sqlite', file: path.join(config.dataDir, 'ipecn.sqlite') };
}

// PostgreSQL returns count(*) as a bigint string; counts here never approach 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // Every committed check-in must survive a power cut: durability over the last bit of speed.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/**
 * Kysely prepares every statement anew; on SQLite, preparing costs as much as running a small query. The
 * prepared statements are kept (a bounded number, least recently used out) and reused, unless one is busy
 * (a streamed read still iterating), which gets a fresh one.
 */
export function withStatementCache(sqlite: SQLite.Database, capacity = 256): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Opens the store and brings its schema to the latest migration. */
export async function openStore(location: StoreLocation): Promise<StoreConnection> {
  const dialect =
    location.backend === 'sqlite'
      ? new SqliteDialect({ database: withStatementCache(openSqlite(location.file)) })
      : new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 10 }) });
  const db = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, location.backend);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, backend: location.backend, close: () => db.destroy() };
}
