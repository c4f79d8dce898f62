import { makeStyles, tokens } from '@fluentui/react-components';

export const useIndicatorSummaryStyles = makeStyles({
  card: {
    gap: tokens.spacingVerticalM,
  },
  plan: {
    color: tokens.colorNeutralForeground3,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  count: {
    fontWeight: tokens.fontWeightBold,
    marginRight: tokens.spacingHorizontalXS,
  },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
});
