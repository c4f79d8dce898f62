/**
 * The subset of the Adaptive Card 1.5 schema the bot's cards use. Teams renders schema 1.5 at most,
 * so every builder returns `version: '1.5'`; widen these types as later cards need more elements.
 */

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
  isSubtle?: boolean;
  style?: 'default' | 'heading';
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export interface Column {
  type: 'Column';
  width?: 'auto' | 'stretch' | string;
  items: CardElement[];
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface InputChoice {
  title: string;
  value: string;
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: InputChoice[];
  value?: string;
  style?: 'compact' | 'expanded';
  isMultiSelect?: boolean;
  placeholder?: string;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
}

/** Universal Actions: the bot receives an `adaptiveCard/action` invoke and answers with the updated card. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
  id?: string;
  /** For clients without Universal Actions: the same data arrives as a message activity's `value`. */
  fallback?: SubmitAction;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: Omit<AdaptiveCard, '$schema' | 'version'> & { $schema?: string; version?: string };
}

export type CardAction = ExecuteAction | ShowCardAction;

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export type CardElement =
  TextBlock | FactSet | Container | ColumnSet | ActionSet | ChoiceSetInput | TextInput | DateInput;

/** Each listed user's client fetches its own view of the card (Universal Actions refresh, 60 users at most). */
export interface Refresh {
  action: ExecuteAction;
  userIds: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  /** Shown by clients that cannot render the card (notifications, older clients). */
  fallbackText?: string;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
}

export const MAX_REFRESH_USERS = 60;

/** An Action.Execute whose data repeats the verb, so that an Action.Submit fallback can be routed too. */
export function executeAction(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  options: Omit<ExecuteAction, 'type' | 'title' | 'verb' | 'data'> = {},
): ExecuteAction {
  const payload = { ...data, verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...options,
    fallback: { type: 'Action.Submit', title, data: payload, ...(options.style ? { style: options.style } : {}) },
  };
}

export function adaptiveCard(
  body: CardElement[],
  options: { fallbackText?: string; actions?: CardAction[]; refresh?: Refresh } = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    ...options,
    body,
  };
}

export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A required choice among radio buttons (unless `style` says otherwise); the label is also the error message. */
export function choiceSet(
  id: string,
  label: string,
  choices: InputChoice[],
  options: Omit<ChoiceSetInput, 'type' | 'id' | 'label' | 'choices'> = {},
): ChoiceSetInput {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    isRequired: true,
    errorMessage: label,
    style: 'expanded',
    choices,
    ...options,
  };
}
