import type { Committee } from '../../../src/domain/committees/committee.js';
import type { IndicatorReport } from '../../../src/domain/indicators/report.js';
import type { Person } from '../../../src/domain/people/person.js';

/** Response shapes of the JSON API, typed from the server's own definitions (types only, nothing bundled). */
export interface CommitteesResponse {
  committees: Committee[];
}

export type Me = Person & { committeeIds: string[] };

export type IndicatorsResponse = IndicatorReport;

export interface DevTokenResponse {
  token: string;
  person: { id: string; displayName: string };
}
