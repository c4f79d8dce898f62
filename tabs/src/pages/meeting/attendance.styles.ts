import { makeStyles, tokens } from '@fluentui/react-components';

export const useAttendanceStyles = makeStyles({
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  totals: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  total: {
    display: 'flex',
    flexDirection: 'column-reverse',
    minWidth: '96px',
    flex: '1 1 96px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '& dt': { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
    '& dd': {
      margin: 0,
      fontSize: tokens.fontSizeHero700,
      lineHeight: tokens.lineHeightHero700,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  breakdowns: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
  },
  breakdown: {
    flex: '1 1 200px',
    minWidth: 0,
  },
  breakdownTitle: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  pairs: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  pair: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
    '& dd': { margin: 0, fontWeight: tokens.fontWeightSemibold },
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  tableWrap: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
  },
  formMessage: {
    flexBasis: '100%',
  },
  person: {
    flex: '2 1 220px',
    minWidth: 0,
    maxWidth: '100%',
  },
  field: {
    flex: '1 1 140px',
    minWidth: 0,
  },
});
