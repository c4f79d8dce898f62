import { Link, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { CommitteesResponse } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/load-state.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useUnauthorized } from '../../components/use-unauthorized.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { RouteProps } from '../../routes.js';
import type { TabSettings } from '../../teams/teams-context.js';
import { useTeams } from '../../teams/teams-context.js';
import { useConfigPageStyles } from './config-page.styles.js';

/** What Teams stores for a committee tab: the committee's page, named after the committee. */
export function committeeTabSettings(committee: Committee, name: string, origin = window.location.origin): TabSettings {
  const contentUrl = `${origin}/tabs/#/committee/${encodeURIComponent(committee.slug)}`;
  return {
    entityId: `committee:${committee.slug}`,
    contentUrl,
    suggestedDisplayName: name,
    websiteUrl: contentUrl,
  };
}

/**
 * What Teams stores for a tab added to a meeting: the meeting side panel, which finds the meeting from
 * the Teams context. The committee stays in the entity id so the tab can be told apart later.
 */
export function sidePanelTabSettings(committee: Committee, name: string, origin = window.location.origin): TabSettings {
  const contentUrl = `${origin}/tabs/#/side-panel`;
  return {
    entityId: `side-panel:${committee.slug}`,
    contentUrl,
    suggestedDisplayName: name,
    websiteUrl: contentUrl,
  };
}

/** The configurable tab's setup: pick a committee; in Teams, Save stores it, outside a link previews it. */
export default function ConfigPage({ onUnauthorized }: RouteProps) {
  const layout = usePageLayoutStyles();
  const styles = useConfigPageStyles();
  const { locale, m } = useLocale();
  const { config, teamsMeetingId } = useTeams();
  const inMeeting = teamsMeetingId !== undefined;
  const committees = useApi<CommitteesResponse>('/committees');
  const [slug, setSlug] = useState('');
  const labelId = useId();
  useUnauthorized([committees], onUnauthorized);

  const list = committees.status === 'ready' ? committees.data.committees : [];
  const chosen = list.find((committee) => committee.slug === slug);
  const nameOf = (committee: Committee) => (locale === 'en' ? committee.name.en : committee.name.fr);
  const chosenName = chosen ? nameOf(chosen) : '';

  useEffect(() => {
    if (!config) return;
    const settingsOf = inMeeting ? sidePanelTabSettings : committeeTabSettings;
    config.onSave(() => (chosen ? settingsOf(chosen, chosenName) : undefined));
    config.setValid(chosen !== undefined);
  }, [config, chosen, chosenName, inMeeting]);

  return (
    <div className={layout.page}>
      <section className={layout.header} aria-labelledby="config-title">
        <h2 id="config-title" className={layout.title}>
          {m('config.title')}
        </h2>
        <Text as="p" className={layout.intro}>
          {m('config.intro')}
        </Text>
      </section>
      {committees.status === 'loading' && <LoadingState label={m('config.loading')} />}
      {committees.status === 'error' && <ErrorState error={committees.error} onRetry={committees.retry} />}
      {committees.status === 'ready' && list.length === 0 && <EmptyState>{m('config.empty')}</EmptyState>}
      {list.length > 0 && (
        <div className={layout.panel}>
          <Text id={labelId} weight="semibold">
            {m('config.committee')}
          </Text>
          <RadioGroup aria-labelledby={labelId} value={slug} onChange={(_event, data) => setSlug(data.value)}>
            {list.map((committee) => (
              <Radio key={committee.id} value={committee.slug} label={nameOf(committee)} />
            ))}
          </RadioGroup>
        </div>
      )}
      {chosen &&
        (config ? (
          <Text aria-live="polite">{m(inMeeting ? 'config.readyMeeting' : 'config.ready', { name: chosenName })}</Text>
        ) : (
          <div className={styles.preview} aria-live="polite">
            <Text className={layout.meta}>{m('config.previewHint')}</Text>
            <Link href={`#/committee/${encodeURIComponent(chosen.slug)}`}>
              {m('config.preview')} · {chosenName}
            </Link>
          </div>
        ))}
    </div>
  );
}
