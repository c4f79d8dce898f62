import { Badge, Link, Text } from '@fluentui/react-components';
import { useApi } from '../../api/use-api.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/load-state.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { formatShortDate } from '../../components/meeting-time.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { MinutesResponse } from './meeting-api.js';
import { useMinutesSectionStyles } from './minutes-section.styles.js';

const STATUS_COLORS = { draft: 'informative', circulated: 'warning', adopted: 'success' } as const;

/** The minutes, read-only: the bot's card and the side panel edit them. Members of the committee only. */
export function MinutesSection({ meetingId }: { meetingId: string }) {
  const layout = usePageLayoutStyles();
  const styles = useMinutesSectionStyles();
  const { locale, m } = useLocale();
  const minutes = useApi<MinutesResponse>(`/meetings/${encodeURIComponent(meetingId)}/minutes`);

  let body;
  if (minutes.status === 'loading') body = <LoadingState label={m('minutes.loading')} />;
  else if (minutes.status === 'error' && minutes.error.status === 403)
    body = <EmptyState>{m('minutes.membersOnly')}</EmptyState>;
  else if (minutes.status === 'error' && (minutes.error.status === 404 || minutes.error.status === 409))
    body = <EmptyState>{m('error.notFound')}</EmptyState>;
  else if (minutes.status === 'error') body = <ErrorState error={minutes.error} onRetry={minutes.retry} />;
  else {
    const { minutes: record, people } = minutes.data;
    const nameOf = (id: string | null) => people.find((person) => person.id === id)?.displayName;
    body = (
      <div className={layout.panel}>
        <Badge
          appearance="tint"
          shape="rounded"
          color={STATUS_COLORS[record.status]}
          className={styles.status}
          data-testid="minutes-status"
        >
          {m(`minutes.status.${record.status}`)}
        </Badge>
        <h4 className={layout.subTitle}>{m('minutes.decisions')}</h4>
        {record.decisions.length ? (
          <ol className={styles.list}>
            {record.decisions.map((decision, index) => (
              <li key={index}>{decision.text}</li>
            ))}
          </ol>
        ) : (
          <Text className={layout.meta}>{m('minutes.noDecisions')}</Text>
        )}
        <h4 className={layout.subTitle}>{m('minutes.actions')}</h4>
        {record.actionItems.length ? (
          <ul className={styles.list}>
            {record.actionItems.map((item, index) => {
              const owner = nameOf(item.ownerId);
              return (
                <li key={index} className={styles.action}>
                  <Text>{item.text}</Text>
                  <span className={styles.actionMeta}>
                    <Badge appearance="outline" shape="rounded" color={item.done ? 'success' : 'warning'}>
                      {item.done ? m('minutes.done') : m('minutes.open')}
                    </Badge>
                    {owner && <Text size={200}>{m('minutes.owner', { name: owner })}</Text>}
                    {item.dueOn && (
                      <Text size={200}>
                        {m('minutes.due', { date: formatShortDate(`${item.dueOn}T12:00:00Z`, locale) })}
                      </Text>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <Text className={layout.meta}>{m('minutes.noActions')}</Text>
        )}
        {record.documentUrl && (
          <Link href={record.documentUrl} target="_blank" rel="noreferrer">
            {m('minutes.document')}
          </Link>
        )}
      </div>
    );
  }

  return (
    <section className={layout.section} aria-labelledby="meeting-minutes">
      <h3 id="meeting-minutes" className={layout.sectionTitle}>
        {m('minutes.title')}
      </h3>
      {body}
    </section>
  );
}
