import { makeStyles, tokens } from '@fluentui/react-components';

export const useMeetingFormStyles = makeStyles({
  times: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  time: {
    flex: '1 1 120px',
    minWidth: 0,
  },
});
