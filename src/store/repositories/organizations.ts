import type { Kysely, Selectable } from 'kysely';
import type { NewOrganization, Organization } from '../../domain/partners/organization.js';
import { NewOrganization as NewOrganizationSchema } from '../../domain/partners/organization.js';
import type { OrganizationRepository } from '../../domain/partners/ports.js';
import type { Database, OrganizationsTable } from '../schema.js';
import { newId, nowIso } from './clock.js';

const toOrganization = (row: Selectable<OrganizationsTable>): Organization => row as Organization;

export function organizationRepository(db: Kysely<Database>): OrganizationRepository {
  return {
    async create(input: NewOrganization) {
      const organization = { ...NewOrganizationSchema.parse(input), id: newId(), createdAt: nowIso() };
      await db.insertInto('organizations').values(organization).execute();
      return organization;
    },
    async get(id) {
      const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toOrganization(row);
    },
    async list() {
      const rows = await db.selectFrom('organizations').selectAll().orderBy('name').execute();
      return rows.map(toOrganization);
    },
  };
}
