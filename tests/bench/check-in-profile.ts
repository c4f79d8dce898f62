import type { Meeting } from '../../src/domain/meetings/meeting.js';
import type { Store } from '../../src/store/store.js';
import type { BurstSetup } from '../support/check-in-burst.js';
import type { ClientReply } from './check-in-client.js';

export interface ProfileInput {
  store: Store;
  url: string;
  log(line?: string): void;
  cpuProfile: boolean;
  send(bodies: string[]): Promise<ClientReply>;
  bodiesFor(meeting: Meeting, people: BurstSetup['people']): string[];
  rowProblems(what: string, store: Store, meeting: Meeting, people: BurstSetup['people']): Promise<string[]>;
  failures: string[];
}

export async function profileCheckIns(_input: ProfileInput): Promise<void> {}
