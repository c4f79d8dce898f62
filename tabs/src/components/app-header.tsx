import { Button, Text } from '@fluentui/react-components';
import { t } from '../../../src/i18n/catalog.js';
import logoUrl from '../../../appPackage/color.png';
import { useLocale } from '../i18n/locale-context.js';
import { useAppHeaderStyles } from './app-header.styles.js';

export function AppHeader({ onSignOut }: { onSignOut?: (() => void) | undefined }) {
  const styles = useAppHeaderStyles();
  const { locale, setLocale, m } = useLocale();
  const other = locale === 'en' ? 'fr-CA' : 'en';
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <img className={styles.logo} src={logoUrl} alt="" />
        <div className={styles.titles}>
          <h1 className={styles.title}>{t(locale, 'app.name')}</h1>
          <Text size={200} className={styles.tagline}>
            {t(locale, 'app.fullName')}
          </Text>
        </div>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          lang={other}
          aria-label={m('language.switchLabel')}
          onClick={() => setLocale(other)}
        >
          {m('language.switch')}
        </Button>
        {onSignOut && <Button onClick={onSignOut}>{m('signOut')}</Button>}
      </div>
    </header>
  );
}
