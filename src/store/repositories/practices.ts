import type { Kysely } from 'kysely';
import type { Practice } from '../../domain/practices/practice.js';
import type { PracticeRepository } from '../../domain/practices/ports.js';
import type { Database } from '../schema.js';
import { newId, nowIso } from './clock.js';

export function practiceRepository(db: Kysely<Database>): PracticeRepository {
  return {
    async create(input) {
      const practice: Practice = { ...input, id: newId(), updatedAt: nowIso() };
      await db
        .insertInto('practices')
        .values({ ...practice, themes: JSON.stringify(practice.themes) })
        .execute();
      return practice;
    },
  };
}
