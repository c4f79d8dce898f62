import { makeStyles, tokens } from '@fluentui/react-components';

export const useBarChartStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    marginBottom: tokens.spacingVerticalS,
  },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  numbers: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'block' },
  track: { fill: tokens.colorNeutralBackground3 },
  value: { fill: tokens.colorBrandBackground },
  target: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  details: { marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  table: {
    borderCollapse: 'collapse',
    marginTop: tokens.spacingVerticalXS,
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& td': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  },
  legend: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
