import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormDialogStyles = makeStyles({
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
  actions: {
    flexWrap: 'wrap',
  },
});
