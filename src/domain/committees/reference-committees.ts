import type { BilingualText, CommitteeKind } from '../shared/vocabulary.js';
import type { Committee } from './committee.js';
import type { CommitteeRepository } from './ports.js';

interface CommitteeDefinition {
  slug: string;
  kind: CommitteeKind;
  name: BilingualText;
  description: BilingualText;
}

/** Makes sure every committee of the reference data exists, keeping links the coordinator has set. */
export async function ensureReferenceCommittees(
  committees: CommitteeRepository,
  definitions: readonly CommitteeDefinition[],
): Promise<Committee[]> {
  const result: Committee[] = [];
  for (const definition of definitions) {
    const existing = await committees.getBySlug(definition.slug);
    result.push(
      await committees.upsert({
        ...definition,
        teamsConversationId: existing?.teamsConversationId ?? null,
        teamsChannelId: existing?.teamsChannelId ?? null,
        calendarSource: existing?.calendarSource ?? null,
        documentFolder: existing?.documentFolder ?? null,
      }),
    );
  }
  return result;
}
