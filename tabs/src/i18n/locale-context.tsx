import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '../../../src/i18n/catalog.js';
import type { TranslateTabs } from './messages.js';
import { translateTabs } from './messages.js';

const CHOSEN_LOCALE_KEY = 'ipecn.locale';

export interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** A tabs message in the current locale. */
  m: TranslateTabs;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function readChosenLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(CHOSEN_LOCALE_KEY);
    return stored === 'fr-CA' || stored === 'en' ? stored : undefined;
  } catch {
    return undefined;
  }
}

function rememberChosenLocale(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN_LOCALE_KEY, locale);
  } catch {
    // Storage can be blocked in embedded frames: the choice then lasts until the page reloads.
  }
}

/**
 * The reader's language: the one they picked with the language switch, else the one Teams gives
 * (`initialLocale`), which is French outside Teams.
 */
export function LocaleProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readChosenLocale() ?? initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    rememberChosenLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({ locale, setLocale, m: (key, params) => translateTabs(locale, key, params) }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale() must be used inside <LocaleProvider>');
  return value;
}
