import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StoreLocation } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import type { Store } from '../../src/store/store.js';

/**
 * The store suite runs on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set. Each store gets
 * its own SQLite file or its own PostgreSQL schema, so test files run in parallel without seeing each other.
 */
export const backends: StoreLocation['backend'][] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  store: Store;
  location: StoreLocation;
  dispose(): Promise<void>;
}

export async function testLocation(
  backend: StoreLocation['backend'],
): Promise<{ location: StoreLocation; cleanup(): Promise<void> }> {
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipecn-test-'));
    return {
      location: { backend, file: path.join(dir, 'ipecn.sqlite') },
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const baseUrl = process.env.TEST_DATABASE_URL!;
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    location: { backend, url: url.toString() },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export async function openTestStore(backend: StoreLocation['backend']): Promise<TestStore> {
  const { location, cleanup } = await testLocation(backend);
  const store = await createStore(location);
  return {
    store,
    location,
    dispose: async () => {
      await store.close();
      await cleanup();
    },
  };
}
