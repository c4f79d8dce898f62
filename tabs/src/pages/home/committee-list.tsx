import { Card, CardHeader, Text } from '@fluentui/react-components';
import type { Committee } from '../../../../src/domain/committees/committee.js';
import type { BilingualText } from '../../../../src/domain/shared/vocabulary.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useCommitteeListStyles } from './committee-list.styles.js';

export function CommitteeList({ committees }: { committees: readonly Committee[] }) {
  const styles = useCommitteeListStyles();
  const { locale } = useLocale();
  const text = (value: BilingualText) => (locale === 'en' ? value.en : value.fr);
  return (
    <ul className={styles.grid}>
      {committees.map((committee) => (
        <li key={committee.id} className={styles.item}>
          <Card className={styles.card}>
            <CardHeader header={<h3 className={styles.name}>{text(committee.name)}</h3>} />
            <Text as="p" className={styles.description}>
              {text(committee.description)}
            </Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
