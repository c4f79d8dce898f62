import type { Committee } from '../../src/domain/committees/committee.js';
import { t, type Locale } from '../../src/i18n/catalog.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { adaptiveCard, choiceSet, executeAction, textBlock } from './adaptive-card.js';

export const LINK_VERB = 'committee.link';

/** `lier` / `link`: choose the committee whose meetings this conversation holds. */
export function linkCard(input: {
  committees: Committee[];
  currentCommitteeId: string | undefined;
  locale: Locale;
}): AdaptiveCard {
  const { locale } = input;
  return adaptiveCard(
    [
      textBlock(t(locale, 'link.title'), { size: 'medium', weight: 'bolder', style: 'heading' }),
      textBlock(t(locale, 'link.description'), { isSubtle: true }),
      choiceSet(
        'committeeId',
        t(locale, 'link.choose'),
        input.committees.map((committee) => ({
          title: locale === 'en' ? committee.name.en : committee.name.fr,
          value: committee.id,
        })),
        input.currentCommitteeId ? { value: input.currentCommitteeId } : {},
      ),
    ],
    {
      fallbackText: t(locale, 'link.title'),
      actions: [
        executeAction(t(locale, 'link.submit'), LINK_VERB, {}, { style: 'positive', associatedInputs: 'auto' }),
      ],
    },
  );
}
