import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type * as TeamsSdk from './teams-sdk.js';
import type { Locale } from '../../../src/i18n/catalog.js';
import { DEFAULT_LOCALE, resolveLocale } from '../../../src/i18n/catalog.js';
import { readDevSession } from '../auth/dev-session.js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Everything the tabs know about their host. Components reach teams-js only through this value. */
export interface TeamsContextValue {
  inTeams: boolean;
  locale: Locale;
  theme: TeamsTheme;
  /** A bearer token for the IPECN API: Teams SSO in Teams, the development sign-in outside. */
  getToken(): Promise<string>;
  /** Present only on a configurable tab's configuration page in Teams: saves the tab's settings. */
  config?: TabConfigCapability;
  /** Where Teams shows the page (`settings`, `content`, `sidePanel`, `meetingStage`…); absent outside Teams. */
  frameContext?: string;
  /** The Teams id of the meeting the page is opened in (meeting chat, details, side panel, stage). */
  teamsMeetingId?: string;
  /** The Teams id of the chat or meeting chat the page is opened in. */
  chatId?: string;
}

/** What a configurable tab saves: the content page and the name Teams suggests for the tab. */
export interface TabSettings {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
  websiteUrl: string;
}

/** The configuration dialog's Save button: enabled by `setValid(true)`, then answered by `onSave`'s settings. */
export interface TabConfigCapability {
  setValid(valid: boolean): void;
  /** Registers what Save stores; the latest registration wins. */
  onSave(settings: () => TabSettings | undefined): void;
}

type Sdk = typeof TeamsSdk;

/** Longest wait for a host that framed us to answer as Teams before treating the page as standalone. */
const HOST_HANDSHAKE_MS = 4000;

const TeamsContext = createContext<TeamsContextValue | null>(null);

export function useTeams(): TeamsContextValue {
  const value = useContext(TeamsContext);
  if (!value) throw new Error('useTeams() must be used inside <TeamsProvider>');
  return value;
}

export class NotSignedInError extends Error {
  constructor() {
    super('Not signed in');
    this.name = 'NotSignedInError';
  }
}

/**
 * Teams hosts a tab in an iframe (desktop, web) or in a frameless mobile web view that exposes
 * `nativeInterface`. Anything else is a plain browser tab, known at once: teams-js would otherwise
 * wait for a host that never answers.
 */
export function mayBeInTeams(win: Window = window): boolean {
  try {
    return win.parent !== win.self || 'nativeInterface' in win;
  } catch {
    // A cross-origin parent that cannot even be compared is a frame, hence a possible host.
    return true;
  }
}

export function themeOf(name: string | undefined): TeamsTheme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

function standaloneTheme(): TeamsTheme {
  if (typeof matchMedia !== 'function') return 'default';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

async function devToken(): Promise<string> {
  const session = readDevSession();
  if (!session) throw new NotSignedInError();
  return session.token;
}

function standaloneValue(): TeamsContextValue {
  return { inTeams: false, locale: DEFAULT_LOCALE, theme: standaloneTheme(), getToken: devToken };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer from the host within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let connection: Promise<{ sdk: Sdk; context: TeamsSdk.app.Context }> | undefined;

/** One handshake per page, whatever the number of provider mounts. The SDK loads only when needed. */
function connectToTeams(): Promise<{ sdk: Sdk; context: TeamsSdk.app.Context }> {
  connection ??= withTimeout(
    import('./teams-sdk.js').then(async (sdk) => {
      await sdk.app.initialize();
      return { sdk, context: await sdk.app.getContext() };
    }),
    HOST_HANDSHAKE_MS,
  );
  return connection;
}

/** The frame, meeting and chat the host reports, each only when known. */
export function hostPlace(
  context: Pick<TeamsSdk.app.Context, 'page' | 'meeting' | 'chat'>,
): Pick<TeamsContextValue, 'frameContext' | 'teamsMeetingId' | 'chatId'> {
  const place: Pick<TeamsContextValue, 'frameContext' | 'teamsMeetingId' | 'chatId'> = {};
  if (context.page?.frameContext) place.frameContext = context.page.frameContext;
  if (context.meeting?.id) place.teamsMeetingId = context.meeting.id;
  if (context.chat?.id) place.chatId = context.chat.id;
  return place;
}

function configCapability(sdk: Sdk): TabConfigCapability {
  return {
    setValid: (valid) => sdk.pages.config.setValidityState(valid),
    onSave: (settings) =>
      sdk.pages.config.registerOnSaveHandler((event) => {
        const chosen = settings();
        if (!chosen) {
          event.notifyFailure('No committee chosen');
          return;
        }
        sdk.pages.config.setConfig(chosen).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      }),
  };
}

function LiveTeamsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [embedded] = useState(mayBeInTeams);
  const [value, setValue] = useState<TeamsContextValue | null>(() => (embedded ? null : standaloneValue()));
  const sdkRef = useRef<Sdk | null>(null);
  const notified = useRef(false);
  const standalone = value !== null && !value.inTeams;

  useEffect(() => {
    if (!embedded) return;
    let active = true;
    connectToTeams().then(
      ({ sdk, context }) => {
        if (!active) return;
        sdkRef.current = sdk;
        sdk.app.registerOnThemeChangeHandler((theme) => {
          setValue((current) => current && { ...current, theme: themeOf(theme) });
        });
        setValue({
          inTeams: true,
          locale: resolveLocale(context.app.locale),
          theme: themeOf(context.app.theme),
          getToken: () => sdk.authentication.getAuthToken(),
          ...hostPlace(context),
          ...(context.page.frameContext === sdk.FrameContexts.settings ? { config: configCapability(sdk) } : {}),
        });
      },
      () => {
        if (active) setValue(standaloneValue());
      },
    );
    return () => {
      active = false;
    };
  }, [embedded]);

  useEffect(() => {
    if (!standalone || typeof matchMedia !== 'function') return;
    const queries = [matchMedia('(forced-colors: active)'), matchMedia('(prefers-color-scheme: dark)')];
    const update = () => setValue((current) => current && { ...current, theme: standaloneTheme() });
    queries.forEach((query) => query.addEventListener('change', update));
    return () => queries.forEach((query) => query.removeEventListener('change', update));
  }, [standalone]);

  useEffect(() => {
    // Effects run after the children have committed: Teams hides its loading indicator on real content.
    if (!value?.inTeams || notified.current || !sdkRef.current) return;
    notified.current = true;
    void sdkRef.current.app.notifySuccess();
  }, [value]);

  if (!value) return <>{fallback}</>;
  return <TeamsContext.Provider value={value}>{children}</TeamsContext.Provider>;
}

/**
 * The one place that talks to teams-js. Pass `value` to run the tabs without Teams (tests, previews);
 * `fallback` shows while a host that framed the page answers the handshake.
 */
export function TeamsProvider({
  value,
  fallback = null,
  children,
}: {
  value?: TeamsContextValue;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  if (value) return <TeamsContext.Provider value={value}>{children}</TeamsContext.Provider>;
  return <LiveTeamsProvider fallback={fallback}>{children}</LiveTeamsProvider>;
}
