import { AdaptiveCard as AdaptiveCardModel, SerializationContext } from 'adaptivecards';
import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../bot/cards/adaptive-card.js';

/**
 * Parses a card with Microsoft's `adaptivecards` library: no parse warning, no validation event, version ≤ 1.5.
 * Every Action.Execute falls back to an Action.Submit carrying the same data (the verb included).
 */
export function expectValidCard(card: AdaptiveCard): AdaptiveCardModel {
  const context = new SerializationContext();
  const model = new AdaptiveCardModel();
  model.parse(JSON.parse(JSON.stringify(card)), context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(events).toEqual([]);
  expect(model.validateProperties().validationEvents).toEqual([]);
  expect(Number(card.version)).toBeLessThanOrEqual(1.5);
  JSON.stringify(card, (_key, value: { type?: string; data?: unknown; fallback?: { type: string; data: unknown } }) => {
    if (value?.type === 'Action.Execute')
      expect(value.fallback).toMatchObject({ type: 'Action.Submit', data: value.data });
    return value;
  });
  return model;
}

export function cardOf(activity: Partial<Activity> | undefined): AdaptiveCard {
  const attachment = activity?.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content as AdaptiveCard;
}

/** Every text of a card, in order, through containers and columns. */
export function cardTexts(card: { body: CardElement[] }): string[] {
  const walk = (elements: CardElement[]): string[] =>
    elements.flatMap((element) => {
      if (element.type === 'TextBlock') return [element.text];
      if (element.type === 'Container') return walk(element.items);
      if (element.type === 'ColumnSet') return element.columns.flatMap((column) => walk(column.items));
      if (element.type === 'FactSet') return element.facts.map((fact) => `${fact.title}: ${fact.value}`);
      return [];
    });
  return walk(card.body);
}

export function actionTitles(card: AdaptiveCard): string[] {
  return (card.actions ?? []).map((action) => action.title);
}
