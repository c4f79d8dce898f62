import { makeStyles, tokens } from '@fluentui/react-components';

export const useAddMeetingDialogStyles = makeStyles({
  surface: {
    maxWidth: '520px',
    width: 'calc(100vw - 32px)',
    boxSizing: 'border-box',
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  times: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  time: {
    flex: '1 1 120px',
    minWidth: 0,
  },
  actions: {
    flexWrap: 'wrap',
  },
});
