import type { Kysely } from 'kysely';
import type { AuditLog } from '../../domain/privacy/ports.js';
import type { Database } from '../schema.js';
import { newId, nowIso } from './clock.js';

export function auditLog(db: Kysely<Database>): AuditLog {
  return {
    async record(entry) {
      await db
        .insertInto('auditLog')
        .values({
          id: newId(),
          at: nowIso(),
          actorId: entry.actorId,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          details: JSON.stringify(entry.details ?? {}),
        })
        .execute();
    },
    async list(subjectId) {
      const rows = await db
        .selectFrom('auditLog')
        .selectAll()
        .where('subjectId', '=', subjectId)
        .orderBy('at')
        .execute();
      return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
    },
  };
}
