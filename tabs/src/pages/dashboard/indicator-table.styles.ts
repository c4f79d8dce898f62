import { makeStyles, tokens } from '@fluentui/react-components';

export const useIndicatorTableStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    width: '100%',
    minWidth: '36rem',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& th': { textAlign: 'start' },
    '& [data-numeric]': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    '& thead th': { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    paddingBottom: tokens.spacingVerticalXS,
  },
  labelColumn: { fontWeight: tokens.fontWeightRegular, width: '44%' },
  statusColumn: { width: '8.5rem' },
  measure: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
