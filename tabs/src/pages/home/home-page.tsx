import { Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { CommitteesResponse, IndicatorsResponse, Me } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/load-state.js';
import { currentFiscalYear } from '../../fiscal-year.js';
import { useLocale } from '../../i18n/locale-context.js';
import { CommitteeList } from './committee-list.js';
import { IndicatorSummary } from './indicator-summary.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useHomePageStyles } from './home-page.styles.js';

export function HomePage({
  knownName,
  onUnauthorized,
}: {
  /** The name the sign-in already gave, shown while the profile loads. */
  knownName?: string | undefined;
  onUnauthorized?: (() => void) | undefined;
}) {
  const styles = useHomePageStyles();
  const layout = usePageLayoutStyles();
  const { locale, m } = useLocale();
  const fiscalYear = currentFiscalYear();
  const me = useApi<Me>('/people/me');
  const committees = useApi<CommitteesResponse>('/committees');
  const indicators = useApi<IndicatorsResponse>(`/indicators?fiscalYear=${fiscalYear}`);

  const unauthorized = [me, committees, indicators].some(
    (result) => result.status === 'error' && result.error.status === 401,
  );
  useEffect(() => {
    if (unauthorized) onUnauthorized?.();
  }, [unauthorized, onUnauthorized]);

  const name = me.status === 'ready' ? me.data.displayName : knownName;
  const count = (value: number) => value.toLocaleString(locale);

  return (
    <div className={layout.page}>
      <section className={styles.welcome} aria-labelledby="home-greeting">
        <h2 id="home-greeting" className={styles.greeting}>
          {name ? m('home.greeting', { name }) : m('home.greetingAnonymous')}
        </h2>
        <Text as="p" className={styles.intro}>
          {m('home.intro', { fiscalYear })}
        </Text>
      </section>

      <section className={styles.section} aria-labelledby="home-indicators" aria-busy={indicators.status === 'loading'}>
        <div className={styles.sectionHeader}>
          <h2 id="home-indicators" className={styles.sectionTitle}>
            {m('indicators.title', { fiscalYear })}
          </h2>
          {indicators.status === 'ready' && (
            <Text size={200} className={styles.sectionMeta}>
              {locale === 'en' ? indicators.data.plan.name.en : indicators.data.plan.name.fr}
            </Text>
          )}
        </div>
        {indicators.status === 'loading' && <LoadingState label={m('indicators.loading')} />}
        {indicators.status === 'error' && <ErrorState error={indicators.error} onRetry={indicators.retry} />}
        {indicators.status === 'ready' &&
          (indicators.data.indicators.length === 0 ? (
            <EmptyState>{m('indicators.empty')}</EmptyState>
          ) : (
            <div className={styles.panel}>
              <IndicatorSummary report={indicators.data} />
            </div>
          ))}
      </section>

      <section className={styles.section} aria-labelledby="home-committees" aria-busy={committees.status === 'loading'}>
        <div className={styles.sectionHeader}>
          <h2 id="home-committees" className={styles.sectionTitle}>
            {m('committees.title')}
          </h2>
          {committees.status === 'ready' && committees.data.committees.length > 0 && (
            <Text size={200} className={styles.sectionMeta}>
              {m('committees.count', { count: count(committees.data.committees.length) })}
            </Text>
          )}
        </div>
        {committees.status === 'loading' && <LoadingState label={m('committees.loading')} />}
        {committees.status === 'error' && <ErrorState error={committees.error} onRetry={committees.retry} />}
        {committees.status === 'ready' &&
          (committees.data.committees.length === 0 ? (
            <EmptyState>{m('committees.empty')}</EmptyState>
          ) : (
            <CommitteeList committees={committees.data.committees} />
          ))}
      </section>
    </div>
  );
}
