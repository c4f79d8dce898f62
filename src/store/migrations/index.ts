import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator, sql } from 'kysely';
import { initial } from './0001-initial.js';
import { bot } from './0002-bot.js';
import { graph } from './0003-graph.js';
import { documents } from './0004-documents.js';
import { syncRuns } from './0005-sync-runs.js';

/** Migrations are code, listed in order, so the build and tests need no file-system discovery. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-bot': bot,
  '0003-graph': graph,
  '0004-documents': documents,
  '0005-sync-runs': syncRuns,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * On PostgreSQL the bookkeeping tables live in the connection's current schema (the first of its
 * search_path), like the app's tables, so several stores can share one database side by side.
 */
export async function migrateToLatest(db: Kysely<unknown>, backend: 'sqlite' | 'postgres'): Promise<string[]> {
  const schema =
    backend === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
