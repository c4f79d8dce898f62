import type { Locale } from '../../../src/i18n/catalog.js';

/** The tabs' own messages; shared words (app name, committee kinds…) come from src/i18n/catalog.ts. */
const frCA = {
  'language.switch': 'English',
  'language.switchLabel': 'Display in English',

  'signIn.title': 'Connexion de développement',
  'signIn.intro':
    "Hors de Teams, choisissez une personne de démonstration pour essayer l'application. Cette page n'existe qu'en développement.",
  'signIn.people': 'Personne de démonstration',
  'signIn.submit': 'Se connecter',
  'signIn.submitting': 'Connexion…',
  'signIn.expired': 'Votre session a expiré. Reconnectez-vous.',
  signOut: 'Se déconnecter',

  'demo.coordinator': 'Coordination (chargé·e de projet)',
  'demo.liaison': 'Agent·e de liaison',
  'demo.member': "Membre d'un comité",
  'demo.practitioner': 'Intervenante',
  'demo.family': 'Parent',

  'home.greeting': 'Bonjour, {name}',
  'home.greetingAnonymous': 'Bonjour',
  'home.intro': "Voici l'état de la concertation pour l'année financière {fiscalYear}.",

  'indicators.title': 'Indicateurs {fiscalYear}',
  'indicators.outsidePlan': 'Aucun plan ne couvre cette année : les cibles du {plan} servent de référence.',
  'indicators.total': '{count} indicateurs suivis',
  'indicators.met': 'atteints',
  'indicators.onTrack': 'en bonne voie',
  'indicators.behind': 'en retard',
  'indicators.notStarted': 'à venir',
  'indicators.noTarget': 'sans cible',
  'indicators.empty': 'Aucun indicateur pour cette année financière.',
  'indicators.loading': 'Chargement des indicateurs…',

  'committees.title': 'Comités',
  'committees.count': '{count} comités',
  'committees.empty': "Aucun comité pour l'instant.",
  'committees.loading': 'Chargement des comités…',

  loading: 'Chargement…',
  'error.title': 'Impossible de charger ces données',
  'error.network': 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous.',
  'error.teamsSignIn': "Teams n'a pas pu confirmer votre identité. Réessayez dans un instant.",
  'error.forbidden': "Vous n'avez pas accès à ces données.",
  'error.notFound': "Ces données n'existent pas ou plus.",
  'error.server': 'Le serveur a rencontré un problème. Réessayez dans un instant.',
  'error.other': 'La demande a échoué (code : {code}).',
  'error.signIn': 'La connexion a échoué',
  'error.unknownPerson': "Cette personne n'existe pas dans les données de démonstration.",
  retry: 'Réessayer',
} as const;

const en: { readonly [K in keyof typeof frCA]: string } = {
  'language.switch': 'Français',
  'language.switchLabel': 'Afficher en français',

  'signIn.title': 'Development sign-in',
  'signIn.intro': 'Outside Teams, pick a demo person to try the app. This page exists only in development.',
  'signIn.people': 'Demo person',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.expired': 'Your session has expired. Please sign in again.',
  signOut: 'Sign out',

  'demo.coordinator': 'Coordination (project coordinator)',
  'demo.liaison': 'Liaison officer',
  'demo.member': 'Committee member',
  'demo.practitioner': 'Practitioner',
  'demo.family': 'Parent',

  'home.greeting': 'Hello, {name}',
  'home.greetingAnonymous': 'Hello',
  'home.intro': 'Here is where the concertation stands for fiscal year {fiscalYear}.',

  'indicators.title': 'Indicators {fiscalYear}',
  'indicators.outsidePlan': 'No plan covers this year: the targets of the {plan} are used as the reference.',
  'indicators.total': '{count} indicators tracked',
  'indicators.met': 'met',
  'indicators.onTrack': 'on track',
  'indicators.behind': 'behind',
  'indicators.notStarted': 'not started',
  'indicators.noTarget': 'no target',
  'indicators.empty': 'No indicators for this fiscal year.',
  'indicators.loading': 'Loading indicators…',

  'committees.title': 'Committees',
  'committees.count': '{count} committees',
  'committees.empty': 'No committees yet.',
  'committees.loading': 'Loading committees…',

  loading: 'Loading…',
  'error.title': 'These data could not be loaded',
  'error.network': 'The server is not answering. Check your connection, then try again.',
  'error.unauthorized': 'Your session has expired. Please sign in again.',
  'error.teamsSignIn': 'Teams could not confirm who you are. Please try again in a moment.',
  'error.forbidden': 'You do not have access to these data.',
  'error.notFound': 'These data do not exist or no longer exist.',
  'error.server': 'The server ran into a problem. Please try again in a moment.',
  'error.other': 'The request failed (code: {code}).',
  'error.signIn': 'Sign-in failed',
  'error.unknownPerson': 'This person is not in the demo data.',
  retry: 'Try again',
};

export type TabsMessageKey = keyof typeof frCA;

export const tabsMessages: { readonly [L in Locale]: { readonly [K in TabsMessageKey]: string } } = {
  'fr-CA': frCA,
  en,
};

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type TabsMessageParams<K extends TabsMessageKey> = {
  readonly [P in Placeholders<(typeof frCA)[K]>]: string | number;
};

export type TranslateTabs = <K extends TabsMessageKey>(key: K, params?: TabsMessageParams<K>) => string;

export function translateTabs<K extends TabsMessageKey>(locale: Locale, key: K, params?: TabsMessageParams<K>): string {
  const template = tabsMessages[locale][key];
  if (!params) return template;
  const values: Readonly<Record<string, string | number>> = params;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
