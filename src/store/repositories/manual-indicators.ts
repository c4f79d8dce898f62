import type { Kysely } from 'kysely';
import type { ManualIndicatorEntry } from '../../domain/indicators/manual-entry.js';
import type { ManualIndicatorRepository } from '../../domain/indicators/ports.js';
import type { Database } from '../schema.js';
import { newId, nowIso } from './clock.js';

export function manualIndicatorRepository(db: Kysely<Database>): ManualIndicatorRepository {
  return {
    async add(input) {
      const entry: ManualIndicatorEntry = { ...input, id: newId(), enteredAt: nowIso() };
      await db.insertInto('manualIndicatorEntries').values(entry).execute();
      return entry;
    },
    async history(indicatorId, fiscalYear) {
      const rows = await db
        .selectFrom('manualIndicatorEntries')
        .selectAll()
        .where('indicatorId', '=', indicatorId)
        .where('fiscalYear', '=', fiscalYear)
        .orderBy('enteredAt', 'desc')
        .execute();
      return rows.map((row) => ({ ...row, value: Number(row.value) }));
    },
  };
}
