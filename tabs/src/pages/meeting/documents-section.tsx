import { Link, Text } from '@fluentui/react-components';
import { EmptyState } from '../../components/load-state.js';
import { formatShortDate } from '../../components/meeting-time.js';
import { usePageLayoutStyles } from '../../components/page-layout.styles.js';
import { useLocale } from '../../i18n/locale-context.js';
import type { MeetingDocument } from './meeting-api.js';
import { useDocumentsSectionStyles } from './documents-section.styles.js';

export function DocumentsSection({ documents }: { documents: readonly MeetingDocument[] }) {
  const layout = usePageLayoutStyles();
  const styles = useDocumentsSectionStyles();
  const { locale, m } = useLocale();
  return (
    <section className={layout.section} aria-labelledby="meeting-documents">
      <h3 id="meeting-documents" className={layout.sectionTitle}>
        {m('documents.title')}
      </h3>
      {documents.length === 0 ? (
        <EmptyState>{m('documents.empty')}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {documents.map((document) => (
            <li key={document.webUrl} className={styles.item}>
              <Link href={document.webUrl} target="_blank" rel="noreferrer" className={styles.name}>
                {document.name}
                <span className={styles.hidden}> ({m('documents.opensInNewTab')})</span>
              </Link>
              {document.lastModifiedDateTime && (
                <Text size={200} className={layout.meta}>
                  {m('documents.modified', { date: formatShortDate(document.lastModifiedDateTime, locale) })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
