import type { Committee } from '../../src/domain/committees/committee.js';
import type { Meeting } from '../../src/domain/meetings/meeting.js';
import { MINUTES_VERBS, type MinutesVerb } from '../../src/domain/minutes/action-data.js';
import { formatDate, formatDateTime, formatLocalDate } from '../../src/domain/minutes/dates.js';
import type { Minutes } from '../../src/domain/minutes/minutes.js';
import type { MinutesPerson } from '../../src/domain/minutes/minutes-view.js';
import { translator, type Locale, type Translate } from '../../src/i18n/catalog.js';
import {
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  textBlock,
  type CardElement,
  type TextBlock,
} from './adaptive-card.js';
import { plainText } from './escape-markdown.js';

interface Choice {
  title: string;
  value: string;
}

interface InputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export type MinutesInput =
  | (InputBase & { type: 'Input.Text'; maxLength: number; isMultiline?: boolean })
  | (InputBase & { type: 'Input.Date' })
  // A compact (drop-down) choice set, the default style.
  | (InputBase & { type: 'Input.ChoiceSet'; choices: Choice[]; placeholder?: string; value?: string });

/** What every minutes action carries: the verb again (for an Action.Submit fallback) and the version shown. */
type ChoiceOptions = Partial<Pick<InputBase, 'isRequired' | 'errorMessage'>> & { placeholder?: string; value?: string };

export interface MinutesActionBase {
  verb: MinutesVerb;
  meetingId: string;
  expectedVersion: number;
  [field: string]: string | number;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: MinutesVerb;
  data: MinutesActionBase;
  style?: 'positive';
  fallback: { type: 'Action.Submit'; title: string; data: MinutesActionBase };
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: (TextBlock | MinutesInput)[]; actions: ExecuteAction[] };
}

export type MinutesAction = ExecuteAction | ShowCardAction;

export interface ActionSet {
  type: 'ActionSet';
  actions: MinutesAction[];
}

/** A section of the minutes, with the forms that add to it. */
export interface SectionContainer {
  type: 'Container';
  separator: true;
  spacing: 'medium';
  items: (CardElement | ActionSet)[];
}

export interface MinutesCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  fallbackText: string;
  body: (CardElement | SectionContainer)[];
  /** Circulate or adopt. */
  actions?: MinutesAction[];
}

export interface MinutesCardOptions {
  meeting: Meeting;
  committee: Committee | null;
  minutes: Minutes;
  locale: Locale;
  /** The actor may change these minutes (and they are not adopted). */
  canEdit: boolean;
  /** Committee members (offered as owners, movers and seconders) and anyone else the minutes name. */
  people: readonly MinutesPerson[];
  /** Where the minutes were adopted, or can be adopted now (see MinutesView). */
  adoptionMeeting?: Meeting | null;
}

const CHOICE_TITLE_MAX = 80;
const shorten = (text: string) => (text.length > CHOICE_TITLE_MAX ? `${text.slice(0, CHOICE_TITLE_MAX - 1)}…` : text);

function section(title: string, items: CardElement[], empty: string, actions: MinutesAction[] = []): SectionContainer {
  return {
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [
      textBlock(title, { weight: 'bolder', size: 'medium' }),
      ...(items.length ? items : [textBlock(empty, { isSubtle: true, spacing: 'none' })]),
      ...(actions.length ? [{ type: 'ActionSet' as const, actions }] : []),
    ],
  };
}

function header(options: MinutesCardOptions, tr: Translate, nameOf: (id: string) => string): CardElement[] {
  const { meeting, committee, minutes, locale, adoptionMeeting } = options;
  const committeeName = committee ? (locale === 'en' ? committee.name.en : committee.name.fr) : null;
  const when = formatDateTime(meeting.startsAt, meeting.timeZone, locale);
  const facts = [
    { title: tr('minutes.field.status'), value: tr(`minutes.status.${minutes.status}`) },
    { title: tr('minutes.field.version'), value: String(minutes.version) },
  ];
  if (minutes.circulatedAt)
    facts.push({
      title: tr('minutes.field.circulatedOn'),
      value: formatDate(minutes.circulatedAt, meeting.timeZone, locale),
    });
  const elements: CardElement[] = [
    textBlock(tr('minutes.title'), { size: 'large', weight: 'bolder', style: 'heading' }),
    textBlock(plainText(meeting.title), { weight: 'bolder', spacing: 'none' }),
    textBlock([committeeName && plainText(committeeName), when].filter(Boolean).join(' · '), {
      isSubtle: true,
      spacing: 'none',
    }),
    { type: 'FactSet', facts },
  ];
  if (minutes.status === 'adopted' && minutes.adoptedAt) {
    const at = adoptionMeeting;
    elements.push(
      textBlock(
        tr('minutes.adoption', {
          date: formatDate(minutes.adoptedAt, meeting.timeZone, locale),
          meeting: at ? plainText(at.title) : '—',
          meetingDate: at ? formatDate(at.startsAt, at.timeZone, locale) : '—',
        }),
        { color: 'good', weight: 'bolder' },
      ),
    );
    if (minutes.proposedBy) elements.push(textBlock(tr('minutes.proposedBy', { name: nameOf(minutes.proposedBy) })));
    if (minutes.secondedBy)
      elements.push(textBlock(tr('minutes.secondedBy', { name: nameOf(minutes.secondedBy) }), { spacing: 'none' }));
    elements.push(textBlock(tr('minutes.locked'), { isSubtle: true, size: 'small' }));
  }
  return elements;
}

function sections(
  options: MinutesCardOptions,
  tr: Translate,
  nameOf: (id: string) => string,
  forms: Forms | null,
): SectionContainer[] {
  const { minutes, locale } = options;
  const elements: SectionContainer[] = [];
  if (minutes.notes.trim())
    elements.push(section(tr('minutes.section.notes'), [textBlock(plainText(minutes.notes))], ''));
  const agenda = minutes.agendaItems.flatMap((item, i) => [
    textBlock(`${i + 1}\\. ${plainText(item.title)}`, { weight: 'bolder' }),
    ...(item.notes.trim() ? [textBlock(plainText(item.notes), { spacing: 'none' })] : []),
  ]);
  const decisions = minutes.decisions.map((decision, i) => textBlock(`${i + 1}\\. ${plainText(decision.text)}`));
  const actionItems = minutes.actionItems.flatMap((item) => {
    const details = [tr(item.done ? 'minutes.actionItem.done' : 'minutes.actionItem.open')];
    if (item.ownerId) details.push(tr('minutes.actionItem.owner', { name: nameOf(item.ownerId) }));
    if (item.dueOn) details.push(tr('minutes.actionItem.dueOn', { date: formatLocalDate(item.dueOn, locale) }));
    return [
      textBlock(`${item.done ? '☑' : '☐'} ${plainText(item.text)}`),
      textBlock(details.join(' · '), { isSubtle: true, size: 'small', spacing: 'none' }),
    ];
  });
  elements.push(
    section(tr('minutes.section.agenda'), agenda, tr('minutes.empty.agenda'), forms?.agenda),
    section(tr('minutes.section.decisions'), decisions, tr('minutes.empty.decisions'), forms?.decisions),
    section(tr('minutes.section.actionItems'), actionItems, tr('minutes.empty.actionItems'), forms?.actionItems),
  );
  return elements;
}

interface Forms {
  agenda: MinutesAction[];
  decisions: MinutesAction[];
  actionItems: MinutesAction[];
  /** The card's own actions: circulate or adopt. */
  card: MinutesAction[];
}

function forms(options: MinutesCardOptions, tr: Translate): Forms {
  const { meeting, minutes, locale, adoptionMeeting } = options;
  const execute = (verb: MinutesVerb, title: string, extra: Record<string, string> = {}): ExecuteAction => {
    const data: MinutesActionBase = { verb, meetingId: meeting.id, expectedVersion: minutes.version, ...extra };
    // Clients without Universal Actions send the same data as an Action.Submit.
    return { type: 'Action.Execute', title, verb, data, fallback: { type: 'Action.Submit', title, data } };
  };
  const form = (verb: MinutesVerb, title: string, body: (TextBlock | MinutesInput)[]): ShowCardAction => ({
    type: 'Action.ShowCard',
    title,
    card: { type: 'AdaptiveCard', body, actions: [execute(verb, tr('minutes.form.save'))] },
  });
  const required = { isRequired: true, errorMessage: tr('minutes.form.required') };
  const text = (id: string, label: string, maxLength: number, more: Partial<InputBase> & { isMultiline?: boolean }) =>
    ({ type: 'Input.Text', id, label, maxLength, ...more }) satisfies MinutesInput;
  const choices = (id: string, label: string, list: Choice[], more: ChoiceOptions = {}): MinutesInput => ({
    type: 'Input.ChoiceSet',
    id,
    label,
    choices: list,
    ...more,
  });
  const members = options.people
    .filter((person) => person.member)
    .map((person) => ({ title: person.displayName, value: person.id }));
  const optionalPerson = (id: string, label: string) =>
    choices(id, label, members, { placeholder: tr('minutes.form.choose') });

  const agenda = [
    form(MINUTES_VERBS.addAgendaItem, tr('minutes.form.addAgendaItem'), [
      text('agendaTitle', tr('minutes.form.agendaTitle'), 300, required),
      text('agendaNotes', tr('minutes.form.agendaNotes'), 5000, { isMultiline: true }),
    ]),
    form(MINUTES_VERBS.addNote, tr('minutes.form.addNote'), [
      choices(
        'agendaIndex',
        tr('minutes.form.noteAbout'),
        [
          { title: tr('minutes.section.notes'), value: 'general' },
          ...minutes.agendaItems.map((item, i) => ({ title: shorten(`${i + 1}. ${item.title}`), value: String(i) })),
        ],
        { value: 'general' },
      ),
      text('note', tr('minutes.form.note'), 5000, { ...required, isMultiline: true }),
    ]),
  ];
  const decisions = [
    form(MINUTES_VERBS.addDecision, tr('minutes.form.addDecision'), [
      text('decision', tr('minutes.form.decision'), 2000, { ...required, isMultiline: true }),
    ]),
  ];
  const actionItems = [
    form(MINUTES_VERBS.addActionItem, tr('minutes.form.addActionItem'), [
      text('actionText', tr('minutes.form.actionText'), 1000, required),
      ...(members.length ? [optionalPerson('ownerId', tr('minutes.form.owner'))] : []),
      { type: 'Input.Date', id: 'dueOn', label: tr('minutes.form.dueOn') },
    ]),
  ];
  const open = minutes.actionItems.flatMap((item, i) =>
    item.done ? [] : [{ title: shorten(`${i + 1}. ${item.text}`), value: String(i) }],
  );
  if (open.length)
    actionItems.push(
      form(MINUTES_VERBS.completeActionItem, tr('minutes.form.completeActionItem'), [
        choices('actionIndex', tr('minutes.form.actionItem'), open, required),
      ]),
    );
  const card: MinutesAction[] = [];
  const hasContent =
    minutes.notes.trim() || minutes.agendaItems.length || minutes.decisions.length || minutes.actionItems.length;
  if (minutes.status === 'draft' && hasContent)
    card.push({ ...execute(MINUTES_VERBS.circulate, tr('minutes.action.circulate')), style: 'positive' });
  if (minutes.status === 'circulated' && adoptionMeeting) {
    const intro = tr('minutes.form.adoptAt', {
      meeting: plainText(adoptionMeeting.title),
      date: formatDate(adoptionMeeting.startsAt, adoptionMeeting.timeZone, locale),
    });
    card.push({
      type: 'Action.ShowCard',
      title: tr('minutes.action.adopt'),
      card: {
        type: 'AdaptiveCard',
        body: [
          textBlock(intro),
          ...(members.length
            ? [
                optionalPerson('proposedBy', tr('minutes.form.proposedBy')),
                optionalPerson('secondedBy', tr('minutes.form.secondedBy')),
              ]
            : []),
        ],
        actions: [
          {
            ...execute(MINUTES_VERBS.adopt, tr('minutes.form.confirmAdoption'), {
              adoptedAtMeetingId: adoptionMeeting.id,
            }),
            style: 'positive',
          },
        ],
      },
    });
  }
  return { agenda, decisions, actionItems, card };
}

/**
 * The minutes of a meeting: status, agenda with notes, decisions and action items, and, for those who may edit
 * them before adoption, the forms that change them. Users' text is shown as typed, never as Markdown.
 */
export function minutesCard(options: MinutesCardOptions): MinutesCard {
  const tr = translator(options.locale);
  const names = new Map(options.people.map((person) => [person.id, person.displayName]));
  const nameOf = (id: string) => plainText(names.get(id) ?? tr('minutes.unknownPerson'));
  const editable = options.canEdit && options.minutes.status !== 'adopted' ? forms(options, tr) : null;
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: tr('minutes.fallbackText', {
      meeting: options.meeting.title,
      status: tr(`minutes.status.${options.minutes.status}`),
    }),
    body: [...header(options, tr, nameOf), ...sections(options, tr, nameOf, editable)],
    ...(editable?.card.length ? { actions: editable.card } : {}),
  };
}
