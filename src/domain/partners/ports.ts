import type { NewOrganization, Organization } from './organization.js';

export interface OrganizationRepository {
  create(organization: NewOrganization): Promise<Organization>;
  get(id: string): Promise<Organization | undefined>;
  list(): Promise<Organization[]>;
}
