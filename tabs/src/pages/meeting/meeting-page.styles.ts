import { makeStyles, tokens } from '@fluentui/react-components';

export const useMeetingPageStyles = makeStyles({
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  details: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingVerticalM,
  },
  detail: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    '& dt': { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
});
