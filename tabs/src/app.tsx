import {
  FluentProvider,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { Suspense, useCallback, useState } from 'react';
import './route-table.js';
import { matchRoute, useHash } from './routes.js';
import type { DevSession } from './auth/dev-session.js';
import { clearDevSession, readDevSession, saveDevSession } from './auth/dev-session.js';
import { AppHeader } from './components/app-header.js';
import { LocaleProvider } from './i18n/locale-context.js';
import { HomePage } from './pages/home/home-page.js';
import { SignInPage } from './pages/sign-in/sign-in-page.js';
import type { TeamsTheme } from './teams/teams-context.js';
import { useTeams } from './teams/teams-context.js';
import { useAppStyles } from './app.styles.js';

const FLUENT_THEMES: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The page the hash names, or the home page. */
function Routed(props: { knownName: string | undefined; onUnauthorized: (() => void) | undefined }) {
  const hash = useHash();
  const matched = matchRoute(hash);
  if (!matched) return <HomePage knownName={props.knownName} onUnauthorized={props.onUnauthorized} />;
  const Page = matched.page;
  return (
    <Suspense fallback={<Spinner aria-live="polite" />}>
      <Page params={matched.params} onUnauthorized={props.onUnauthorized} />
    </Suspense>
  );
}

export function App() {
  const { locale } = useTeams();
  return (
    <LocaleProvider initialLocale={locale}>
      <Shell />
    </LocaleProvider>
  );
}

function Shell() {
  const styles = useAppStyles();
  const { inTeams, theme } = useTeams();
  // In Teams the host signs the person in; outside, the development sign-in does.
  const [session, setSession] = useState<DevSession | null>(() => (inTeams ? null : readDevSession()));
  const [expired, setExpired] = useState(false);

  const signIn = useCallback((next: DevSession) => {
    saveDevSession(next);
    setExpired(false);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    clearDevSession();
    setSession(null);
  }, []);
  const expire = useCallback(() => {
    clearDevSession();
    setExpired(true);
    setSession(null);
  }, []);

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.root}>
      <AppHeader onSignOut={!inTeams && session ? signOut : undefined} />
      <main className={styles.main}>
        {inTeams || session ? (
          <Routed
            key={session?.token ?? 'teams'}
            knownName={session?.person.displayName}
            onUnauthorized={inTeams ? undefined : expire}
          />
        ) : (
          <SignInPage expired={expired} onSignedIn={signIn} />
        )}
      </main>
    </FluentProvider>
  );
}
