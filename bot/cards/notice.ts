import type { AdaptiveCard } from './adaptive-card.js';
import { adaptiveCard, textBlock } from './adaptive-card.js';

/** A card with a message on top: a refusal or a confirmation shown where the user acted. */
export function withNotice(
  card: AdaptiveCard,
  text: string,
  color: 'attention' | 'good' | 'warning' = 'attention',
): AdaptiveCard {
  return {
    ...card,
    body: [
      { type: 'Container', style: color === 'good' ? 'good' : 'attention', items: [textBlock(text, { color })] },
      ...card.body,
    ],
  };
}

export function noticeCard(text: string, color: 'attention' | 'good' | 'warning' = 'attention'): AdaptiveCard {
  return adaptiveCard([textBlock(text, { color })], { fallbackText: text });
}
