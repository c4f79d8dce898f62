import { readFileSync } from 'node:fs';
import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard, TextBlock } from '../../../bot/cards/adaptive-card.js';
import { helpCard } from '../../../bot/cards/help-card.js';
import { normalizeText } from '../../../bot/conversation/commands.js';
import type { TurnInput } from '../../../bot/conversation/bot-context.js';
import { handleMessage } from '../../../bot/conversation/handle-message.js';
import { resolveLocale } from '../../../src/i18n/catalog.js';
import { createTestBot, type TestBot } from '../../support/bot.js';
import { expectValidCard } from '../../support/cards.js';
import { openTestStore, type TestStore } from '../../support/stores.js';
import { bilingual, t } from '../../../src/i18n/catalog.js';

/** A fresh copy of a recorded activity: the bot and the adapter both mutate what they receive. */
/** Overrides are loosely typed on purpose: some tests send activities Teams should never send. */
function fixture(name: string, overrides: Record<string, unknown> = {}): Partial<Activity> {
  const url = new URL(`../../fixtures/activities/${name}.json`, import.meta.url);
  return { ...(JSON.parse(readFileSync(url, 'utf8')) as object), ...overrides } as Partial<Activity>;
}

let testStore: TestStore;
let bot: TestBot;
beforeAll(async () => {
  testStore = await openTestStore('sqlite');
  bot = createTestBot(testStore.store);
});
afterAll(async () => {
  await bot?.settle();
  await testStore?.dispose();
});

async function repliesTo(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  return (await bot.send(activity)).replies;
}

function onlyCard(replies: Partial<Activity>[]): AdaptiveCard {
  expect(replies).toHaveLength(1);
  const attachments: Attachment[] = replies[0]?.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe(CardFactory.contentTypes.adaptiveCard);
  return attachments[0]?.content as AdaptiveCard;
}

function texts(card: AdaptiveCard): string[] {
  return card.body.filter((element): element is TextBlock => element.type === 'TextBlock').map((block) => block.text);
}

function lowerCased(json: unknown): unknown {
  return JSON.parse(JSON.stringify(json).toLowerCase());
}

function messageInput(locale = 'fr-CA'): TurnInput {
  return {
    user: { id: '29:1', aadObjectId: '7faf8ab2-3d56-4244-b585-20c8a42ed2b8', name: 'Megan Bowen' },
    conversation: {
      id: 'a:1',
      type: 'personal',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      reference: {},
    },
    locale: resolveLocale(locale),
  };
}

describe('help card', () => {
  it.each([
    ['fr-CA', false],
    ['en', false],
    ['fr-CA', true],
    ['en', true],
  ] as const)('is a valid Adaptive Card 1.5 (%s, welcome: %s)', (locale, welcome) => {
    const json = helpCard(locale, { welcome, userName: 'Megan Bowen' });
    expect(json).toMatchObject({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
    });

    const model = expectValidCard(json);
    expect(model.version?.toString()).toBe('1.5');
    // Nothing the library does not know was dropped (it re-serializes enum values in PascalCase).
    expect(lowerCased(model.toJSON())).toEqual(lowerCased(json));
  });

  it('lists only the commands that work, with the hint in the other language', () => {
    const fr = helpCard('fr-CA');
    expect(fr.body.filter((element) => element.type === 'FactSet')).toEqual([
      {
        type: 'FactSet',
        facts: [
          { title: 'aide', value: t('fr-CA', 'bot.command.help.description') },
          { title: 'présences', value: t('fr-CA', 'bot.command.attendance.description') },
          { title: 'compte-rendu', value: t('fr-CA', 'bot.command.minutes.description') },
          { title: 'lier', value: t('fr-CA', 'bot.command.link.description') },
        ],
      },
    ]);
    expect(texts(fr).at(-1)).toBe('English: type help');
    expect(texts(helpCard('en')).at(-1)).toBe('Français : tapez aide');
  });

  it('greets by name on welcome', () => {
    expect(texts(helpCard('fr-CA', { welcome: true, userName: 'Megan Bowen' }))[0]).toBe('Bienvenue, Megan Bowen!');
    expect(texts(helpCard('en', { welcome: true }))[0]).toBe('Welcome!');
  });
});

describe('handleMessage', () => {
  it.each(['aide', 'Aide', 'AIDE', 'help', 'Help', '/aide', ' aide ', 'aidé', 'Aide ?', '<at>IPECN</at> aide', ''])(
    'answers %j with the help card',
    async (text) => {
      const reply = await handleMessage(bot.deps, messageInput(), text);
      expect(reply.type).toBe('card');
      expect(reply.type === 'card' && texts(reply.card)[0]).toBe('Aide – IPECN Concertation');
    },
  );

  it('follows the locale, not the keyword', async () => {
    const reply = await handleMessage(bot.deps, messageInput('en-US'), 'aide');
    expect(reply.type === 'card' && texts(reply.card)[0]).toBe('Help – IPECN Concertation');
  });

  it('suggests aide, in both languages, for anything else', async () => {
    expect(await handleMessage(bot.deps, messageInput(), 'bonjour')).toEqual({
      type: 'text',
      text: bilingual('fr-CA', 'bot.unknownCommand'),
    });
    const reply = await handleMessage(bot.deps, messageInput('en-CA'), 'aidez-moi');
    expect(reply).toEqual({ type: 'text', text: bilingual('en', 'bot.unknownCommand') });
    expect(reply.type === 'text' && reply.text.split('\n\n')).toEqual([
      t('en', 'bot.unknownCommand'),
      t('fr-CA', 'bot.unknownCommand'),
    ]);
  });

  it('normalises mentions, HTML, accents, case and a leading slash', () => {
    expect(normalizeText('<at>IPECN</at>&nbsp; /AIDÉ  Réunion !')).toBe('aide reunion');
  });
});

describe('IpecnBot', () => {
  it('answers aide in a personal chat with the French help card', async () => {
    const card = onlyCard(await repliesTo(fixture('message-aide')));
    expect(card.version).toBe('1.5');
    expect(texts(card)[0]).toBe('Aide – IPECN Concertation');
    expect(texts(card)).toContain('English: type help');
  });

  it('answers in English when the client is in English', async () => {
    const card = onlyCard(await repliesTo(fixture('message-aide', { locale: 'en-US', text: 'help' })));
    expect(texts(card)[0]).toBe('Help – IPECN Concertation');
    expect(texts(card)).toContain('Français : tapez aide');
  });

  it('falls back to the clientInfo locale when the activity has none', async () => {
    const activity = fixture('message-aide');
    delete activity.locale;
    activity.entities = [{ type: 'clientInfo', locale: 'en-US' }];
    expect(texts(onlyCard(await repliesTo(activity)))[0]).toBe('Help – IPECN Concertation');
  });

  it('removes its own mention in a channel and answers with the card', async () => {
    const activity = fixture('message-channel-mention-help');
    const card = onlyCard(await repliesTo(activity));
    expect(activity.text).toBe('help');
    expect(texts(card)[0]).toBe('Aide – IPECN Concertation');
  });

  it('suggests aide for unknown text', async () => {
    const replies = await repliesTo(fixture('message-aide', { text: 'Quand est la prochaine rencontre?' }));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.attachments ?? []).toEqual([]);
    expect(replies[0]?.text).toBe(bilingual('fr-CA', 'bot.unknownCommand'));
  });

  it('answers a bilingual error, without throwing, when the activity lacks what it needs', async () => {
    const noText = fixture('message-aide');
    delete noText.text;
    const noConversationId = fixture('message-aide', { conversation: { conversationType: 'personal' } });
    const unknownScope = fixture('message-aide', {
      locale: 'en-US',
      conversation: { id: 'x', conversationType: 'meeting' },
    });
    const badMention = fixture('message-channel-mention-help', { entities: [{ type: 'mention' }] });

    expect((await repliesTo(noText))[0]?.text).toBe(bilingual('fr-CA', 'bot.unreadableActivity'));
    expect((await repliesTo(noConversationId))[0]?.text).toBe(bilingual('fr-CA', 'bot.unreadableActivity'));
    expect((await repliesTo(unknownScope))[0]?.text).toBe(bilingual('en', 'bot.unreadableActivity'));
    // A malformed mention entity is not fatal: the text is still read.
    expect(texts(onlyCard(await repliesTo(badMention)))[0]).toBe('Aide – IPECN Concertation');
  });

  it('welcomes once with the help card when installed in a personal chat', async () => {
    const card = onlyCard(await repliesTo(fixture('conversation-update-personal-install')));
    expect(texts(card)[0]).toBe('Bienvenue!');
    expect(texts(card)[1]).toBe('Aide – IPECN Concertation');
  });

  it('stays quiet when members are added to a channel', async () => {
    const activity = fixture('conversation-update-personal-install', {
      conversation: {
        id: '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2',
        isGroup: true,
        conversationType: 'channel',
        name: 'Général',
      },
      channelData: { eventType: 'teamMemberAdded', tenant: { id: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' } },
    });
    expect(await repliesTo(activity)).toEqual([]);
  });
});
