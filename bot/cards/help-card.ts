import { translator, type Locale } from '../../src/i18n/catalog.js';
import { COMMANDS, type BotCommand } from '../conversation/commands.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';

export interface HelpCardOptions {
  /** Adds a welcome line above the help, for the first message after installation. */
  welcome?: boolean;
  /** The user's display name, for the welcome line. */
  userName?: string;
  /** The commands to list; defaults to the registry of working commands. */
  commands?: readonly BotCommand[];
}

/**
 * What the app does and the commands that work now, in the user's language, with a one-line hint
 * in the other language so that nobody is stuck in a language they do not read.
 */
export function helpCard(locale: Locale, options: HelpCardOptions = {}): AdaptiveCard {
  const tr = translator(locale);
  const commands = options.commands ?? COMMANDS;
  const body: CardElement[] = [];

  if (options.welcome) {
    const name = options.userName?.trim();
    body.push(
      textBlock(name ? tr('bot.help.welcome', { name }) : tr('bot.help.welcomeAnonymous'), {
        size: 'medium',
        weight: 'bolder',
        color: 'accent',
      }),
    );
  }

  body.push(
    textBlock(tr('bot.help.title'), { size: 'large', weight: 'bolder', style: 'heading' }),
    textBlock(tr('app.fullName'), { isSubtle: true, spacing: 'none' }),
    textBlock(tr('bot.help.description')),
    textBlock(tr('bot.help.commandsHeading'), { weight: 'bolder', spacing: 'medium' }),
    {
      type: 'FactSet',
      facts: commands.map((command) => ({ title: tr(command.keyword), value: tr(command.description) })),
    },
    textBlock(tr('bot.help.channelHint'), { isSubtle: true, size: 'small' }),
    // The catalog holds, for each locale, the hint written in the other language.
    textBlock(tr('bot.help.otherLanguageHint'), {
      separator: true,
      spacing: 'medium',
      isSubtle: true,
    }),
  );

  return adaptiveCard(body, {
    fallbackText: `${tr('bot.help.title')}. ${tr('bot.help.description')}`,
  });
}
