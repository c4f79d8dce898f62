import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoadStateStyles = makeStyles({
  loading: {
    display: 'flex',
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalL} 0`,
  },
  empty: {
    display: 'block',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
