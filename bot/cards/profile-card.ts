import type { Organization } from '../../src/domain/partners/organization.js';
import type { Person } from '../../src/domain/people/person.js';
import { Territory } from '../../src/domain/shared/vocabulary.js';
import { label, t, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { adaptiveCard, choiceSet, executeAction, textBlock } from './adaptive-card.js';
import { ATTENDANCE_VERBS } from './attendance-card.js';
import type { CheckInChoice } from '../../src/domain/attendance/check-in.js';

/** The categories a person may choose for themself; coordination is assigned by the coordinator. */
export const SELF_CATEGORIES = ['family', 'practitioner', 'manager', 'researcher', 'other'] as const;
const NO_ORGANIZATION = 'none';

/** Asked at a person's first check-in; the answer is kept on the person for later meetings. */
export function profileCard(input: {
  meetingId: string;
  choice: CheckInChoice;
  person: Person;
  organizations: Organization[];
  locale: Locale;
}): AdaptiveCard {
  const { locale, person } = input;
  return adaptiveCard(
    [
      textBlock(t(locale, 'profile.title'), { size: 'medium', weight: 'bolder', style: 'heading' }),
      textBlock(t(locale, 'profile.description'), { isSubtle: true }),
      choiceSet(
        'category',
        t(locale, 'profile.category'),
        SELF_CATEGORIES.map((category) => ({
          title: label(locale, 'participantCategory', category),
          value: category,
        })),
        person.category !== 'other' && person.category !== 'coordination' ? { value: person.category } : {},
      ),
      choiceSet(
        'territory',
        t(locale, 'profile.territory'),
        Territory.options.map((territory) => ({
          title: label(locale, 'territory', territory),
          value: territory,
        })),
        { style: 'compact', ...(person.territory ? { value: person.territory } : {}) },
      ),
      {
        type: 'Input.ChoiceSet',
        id: 'organizationId',
        label: t(locale, 'profile.organization'),
        style: 'compact',
        choices: [
          { title: t(locale, 'profile.organizationNone'), value: NO_ORGANIZATION },
          ...input.organizations.map((organization) => ({ title: organization.name, value: organization.id })),
        ],
        value: person.organizationId ?? NO_ORGANIZATION,
      },
    ],
    {
      fallbackText: t(locale, 'profile.title'),
      actions: [
        executeAction(
          t(locale, 'profile.submit'),
          ATTENDANCE_VERBS.saveProfile,
          { meetingId: input.meetingId, choice: input.choice },
          { style: 'positive', associatedInputs: 'auto' },
        ),
      ],
    },
  );
}

export { NO_ORGANIZATION };
